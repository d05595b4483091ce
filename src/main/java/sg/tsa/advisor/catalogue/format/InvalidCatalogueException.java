package sg.tsa.advisor.catalogue.format;

import java.util.ArrayList;
import java.util.List;

/** A catalogue file was rejected; it carries every problem found, not only the first. */
public final class InvalidCatalogueException extends Exception {
    /** The problems put into words for a person; the rest are counted. */
    public static final int SHOWN = 200;

    private final transient List<CatalogueProblem> problems;
    private final int total;

    public InvalidCatalogueException(List<CatalogueProblem> problems) {
        this(problems, problems.size());
    }

    /** @param total how many problems were found, of which {@code problems} are the first */
    public InvalidCatalogueException(List<CatalogueProblem> problems, int total) {
        if (problems.isEmpty() || total < problems.size()) {
            throw new IllegalArgumentException("an invalid catalogue has at least one problem, all of them counted");
        }
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    /** The problems kept: every one found, or the first ones when there were more (see {@link #total()}). */
    public List<CatalogueProblem> problems() {
        return problems;
    }

    /** How many problems were found in all. */
    public int total() {
        return total;
    }

    /**
     * The problems as lines for a person: the first {@value #SHOWN}, then how many more were found, if any. Made
     * when asked for: a file of 100,000 bad entries is not put into words 700,000 times.
     */
    public List<String> lines() {
        int shown = Math.min(SHOWN, problems.size());
        List<String> lines = new ArrayList<>(shown + 1);
        problems.subList(0, shown).forEach(p -> lines.add(p.toString()));
        if (total > shown) {
            lines.add("… and " + (total - shown) + " more problems (" + total + " in all); the first " + shown
                    + " are shown");
        }
        return lines;
    }

    @Override
    public String getMessage() {
        return String.join("\n", lines());
    }
}
