package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.InvalidCatalogueException;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A draft is judged by the file validator, and every problem's path leads to the value it is about. */
class DraftCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aDraftHasExactlyTheProblemsOfTheFileItWouldWrite() {
        DraftDocument draft = DraftDocument.of(ShippedCatalogue.load());
        draft.set(JsonPath.of("credentials", 0, "issuer"), new JsonPrimitive("nobody"));
        draft.set(JsonPath.of("rules", 1, "recencyYears"), DraftValues.optionalNumber("ten"));
        draft.set(JsonPath.of("qualifications", 3, "modules", 0, "hours"), DraftValues.optionalNumber("-3"));

        DraftCheck check = DraftCheck.of(draft.snapshot());
        InvalidCatalogueException file = catchThrowableOfType(InvalidCatalogueException.class,
                () -> CatalogueReader.read(draft.text()));

        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).isEqualTo(file.problems());
        assertThat(check.problems()).extracting(CatalogueProblem::path).contains("$.credentials[0].issuer",
                "$.rules[1].recencyYears", "$.qualifications[3].modules[0].hours");
    }

    @Test
    void everyProblemPathOfAnEmptyDraftWithBlankEntriesLeadsToAValueOrTheFieldThatIsMissing() {
        DraftDocument draft = DraftDocument.empty(TODAY);
        draft.apply(new Edit.Insert(JsonPath.of("issuers"), 0, Templates.issuer()));
        draft.apply(new Edit.Insert(JsonPath.of("credentials"), 0, Templates.credential()));
        draft.apply(new Edit.Insert(JsonPath.of("qualifications"), 0, Templates.qualification()));
        draft.apply(new Edit.Insert(JsonPath.of("qualifications", 0, "modules"), 0, Templates.module()));
        draft.apply(new Edit.Insert(JsonPath.of("rules"), 0, Templates.rule()));

        List<CatalogueProblem> problems = DraftCheck.of(draft.snapshot()).problems();

        assertThat(problems).extracting(CatalogueProblem::path).contains("$.version", "$.issuers[0].id",
                "$.credentials[0].title", "$.qualifications[0].modules[0].id", "$.rules[0].requires.allOf");
        for (CatalogueProblem problem : problems) {
            JsonPath path = JsonPath.parse(problem.path()).orElseThrow();
            assertThat(path.toString()).isEqualTo(problem.path());
            assertThat(path.parent().find(draft.root())).as(problem.toString()).isPresent();
        }
    }

    @Test
    void aValidDraftGivesItsCatalogue() {
        assertThat(DraftCheck.of(DraftDocument.of(ShippedCatalogue.load()).snapshot()).valid()).isTrue();
    }

    @Test
    void pathsWithOddKeysAndPositionsReadBack() {
        for (String text : List.of("$", "$.rules[3].requires.allOf[1]", "$[\"two words\"].x", "$.a[\"q\\\"uote\"]")) {
            assertThat(JsonPath.parse(text).map(JsonPath::toString)).as(text).contains(text);
        }
        assertThat(JsonPath.parse("rules[1]")).isEmpty();
        assertThat(JsonPath.parse("$.rules[x]")).isEmpty();
        assertThat(JsonPath.parse("$.rules[1")).isEmpty();
    }
}
