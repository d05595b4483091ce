package sg.tsa.advisor.catalogue.format;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The problems of one file as they are found: the first {@link InvalidCatalogueException#SHOWN} kept, every one
 * counted, and those at paths already reported as unusable left out. A file of 100,000 bad entries yields hundreds
 * of thousands of problems; keeping them all would cost memory and time for lines nobody reads.
 */
final class ProblemList extends AbstractList<CatalogueProblem> {
    private final List<CatalogueProblem> kept = new ArrayList<>();
    private int total;
    private Predicate<String> reportedAlready = path -> false;

    /** From now on, problems at paths {@code reportedAlready} accepts are left out. */
    void leaveOut(Predicate<String> reportedAlready) {
        this.reportedAlready = reportedAlready;
    }

    @Override
    public boolean add(CatalogueProblem problem) {
        if (reportedAlready.test(problem.path())) {
            return false;
        }
        total++;
        if (kept.size() < InvalidCatalogueException.SHOWN) {
            kept.add(problem);
        }
        return true;
    }

    @Override
    public CatalogueProblem get(int index) {
        return kept.get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /** How many problems were found, kept or not. */
    int total() {
        return total;
    }

    InvalidCatalogueException toException() {
        return new InvalidCatalogueException(kept, total);
    }
}
