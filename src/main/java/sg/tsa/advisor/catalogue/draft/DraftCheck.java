package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonObject;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.InvalidCatalogueException;

import java.util.List;
import java.util.Optional;

/**
 * A draft judged by the validator that reads catalogue files ({@link CatalogueReader#readTree}): the same problems,
 * at the same JSON paths, as the file it would publish.
 *
 * @param catalogue the catalogue, when the draft has no problem
 * @param problems  the first problems found (at most {@link InvalidCatalogueException#SHOWN})
 * @param total     how many problems were found in all
 */
public record DraftCheck(Optional<Catalogue> catalogue, List<CatalogueProblem> problems, int total) {
    public DraftCheck {
        problems = List.copyOf(problems);
    }

    /** Checks {@code snapshot}, which is taken over (see {@link DraftDocument#snapshot()}). */
    public static DraftCheck of(JsonObject snapshot) {
        try {
            return new DraftCheck(Optional.of(CatalogueReader.readTree(snapshot)), List.of(), 0);
        } catch (InvalidCatalogueException e) {
            return new DraftCheck(Optional.empty(), e.problems(), e.total());
        }
    }

    public boolean valid() {
        return catalogue.isPresent();
    }
}
