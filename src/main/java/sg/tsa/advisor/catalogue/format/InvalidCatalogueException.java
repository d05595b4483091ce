package sg.tsa.advisor.catalogue.format;

import java.util.List;
import java.util.stream.Collectors;

/** A catalogue file was rejected; it carries every problem found, not only the first. */
public final class InvalidCatalogueException extends Exception {
    private final transient List<CatalogueProblem> problems;

    public InvalidCatalogueException(List<CatalogueProblem> problems) {
        super(problems.stream().map(CatalogueProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid catalogue has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }
}
