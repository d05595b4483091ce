package sg.tsa.advisor.catalogue.format;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.CredentialMatch;
import sg.tsa.advisor.testing.CatalogueBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.catalogue.format.CatalogueValidationTest.assertOnlyProblem;
import static sg.tsa.advisor.catalogue.format.CatalogueValidationTest.problems;
import static sg.tsa.advisor.testing.CatalogueBuilder.catalogue;

/** The optional {@code matches} of a credential: read, checked with JSON paths, written back unchanged. */
class CredentialMatchesTest {
    static final String OB3 = "https://badges.example.edu/achievements/ccna";
    static final String TEMPLATE = "0E8A3B2C-5D9F-4E61-A1B7-2F3C4D5E6F70";
    static final String STORE = "0x007d40224f6562461633ccfbaffd359ebb2fc9ba";

    static CatalogueBuilder withMatches() {
        return catalogue().credentials("a", "b")
                .setJson("$.credentials[0].matches", "[{\"achievementId\": \"" + OB3 + "\"},"
                        + " {\"credlyTemplate\": \"" + TEMPLATE + "\"}]")
                .setJson("$.credentials[1].matches", "[{\"openCerts\": {\"store\": \"" + STORE.toUpperCase()
                        .replace("0X", "0x") + "\", \"name\": \"Diploma in Information Technology\"}}]");
    }

    @Test
    void eachKindOfMatchIsRead() {
        Catalogue catalogue = withMatches().build();

        assertThat(catalogue.credential("a").orElseThrow().matches()).containsExactly(
                new CredentialMatch.AchievementId(OB3),
                new CredentialMatch.CredlyTemplate(TEMPLATE.toLowerCase()));
        assertThat(catalogue.credential("b").orElseThrow().matches()).containsExactly(
                new CredentialMatch.OpenCerts(STORE, "Diploma in Information Technology"));
    }

    @Test
    void aCredentialWithoutMatchesHasNone() {
        assertThat(catalogue().credentials("a").build().credential("a").orElseThrow().matches()).isEmpty();
    }

    @Test
    void writtenAndReadBackTheMatchesAreTheSame() throws InvalidCatalogueException {
        Catalogue catalogue = withMatches().build();

        String written = CatalogueWriter.toString(catalogue);
        Catalogue again = CatalogueReader.read(written);

        assertThat(again.credential("a").orElseThrow().matches())
                .isEqualTo(catalogue.credential("a").orElseThrow().matches());
        assertThat(again.credential("b").orElseThrow().matches())
                .isEqualTo(catalogue.credential("b").orElseThrow().matches());
        assertThat(CatalogueWriter.toString(again)).isEqualTo(written);
        assertThat(written).contains("\"credlyTemplate\": \"" + TEMPLATE.toLowerCase() + "\"");
        assertThat(CatalogueWriter.toString(catalogue().credentials("a").build())).doesNotContain("matches");
    }

    @Test
    void anEntryNeedsExactlyOneKind() {
        assertOnlyProblem(catalogue().credentials("a").setJson("$.credentials[0].matches",
                        "[{\"achievementId\": \"" + OB3 + "\", \"credlyTemplate\": \"" + TEMPLATE + "\"}]"),
                "$.credentials[0].matches[0]", "exactly one of");
        assertOnlyProblem(catalogue().credentials("a").setJson("$.credentials[0].matches", "[{}]"),
                "$.credentials[0].matches[0]", "exactly one of");
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertThat(problems(catalogue().credentials("a").setJson("$.credentials[0].matches",
                "[{\"badgeClass\": \"x\"}]"))).extracting(CatalogueProblem::toString).containsExactly(
                "$.credentials[0].matches[0].badgeClass: unknown field \"badgeClass\"",
                "$.credentials[0].matches[0]: needs exactly one of \"achievementId\", \"credlyTemplate\" or \"openCerts\"");
    }

    @Test
    void anAchievementIdMustBeAnAbsoluteUri() {
        assertOnlyProblem(catalogue().credentials("a").setJson("$.credentials[0].matches",
                "[{\"achievementId\": \"achievements/ccna\"}]"),
                "$.credentials[0].matches[0].achievementId", "\"achievements/ccna\"", "absolute URI");
    }

    @Test
    void aCredlyTemplateMustBeAUuid() {
        assertOnlyProblem(catalogue().credentials("a").setJson("$.credentials[0].matches",
                "[{\"credlyTemplate\": \"https://www.credly.com/org/x/badge/y\"}]"),
                "$.credentials[0].matches[0].credlyTemplate", "not a Credly badge template UUID");
    }

    @Test
    void anOpenCertsStoreMustBeAnAddressAndTheNameIsRequired() {
        assertOnlyProblem(catalogue().credentials("a").setJson("$.credentials[0].matches",
                "[{\"openCerts\": {\"store\": \"0x1234\", \"name\": \"Diploma\"}}]"),
                "$.credentials[0].matches[0].openCerts.store", "\"0x1234\"", "document store address");
        assertOnlyProblem(catalogue().credentials("a").setJson("$.credentials[0].matches",
                "[{\"openCerts\": {\"store\": \"" + STORE + "\"}}]"),
                "$.credentials[0].matches[0].openCerts.name", "missing");
    }

    @Test
    void theSameMatchOnTwoCredentialsIsAnError() {
        List<CatalogueProblem> problems = problems(catalogue().credentials("a", "b")
                .setJson("$.credentials[0].matches", "[{\"credlyTemplate\": \"" + TEMPLATE + "\"}]")
                .setJson("$.credentials[1].matches", "[{\"credlyTemplate\": \"" + TEMPLATE.toLowerCase() + "\"}]"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.credentials[1].matches[0]");
            assertThat(p.message()).contains("already matches credential \"a\"");
        });
    }

    @Test
    void aMatchOfTheWrongTypeIsReportedOnce() {
        assertOnlyProblem(catalogue().credentials("a").setJson("$.credentials[0].matches", "[\"ccna\"]"),
                "$.credentials[0].matches[0]", "expected an object");
    }
}
