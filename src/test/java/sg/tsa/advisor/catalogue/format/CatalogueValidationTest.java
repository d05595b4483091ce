package sg.tsa.advisor.catalogue.format;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.testing.CatalogueBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static sg.tsa.advisor.testing.CatalogueBuilder.allOf;
import static sg.tsa.advisor.testing.CatalogueBuilder.anyOf;
import static sg.tsa.advisor.testing.CatalogueBuilder.catalogue;

/**
 * Every kind of error catalogue-format.md names, each reported with its JSON path; made one at a time on a valid
 * catalogue, so that each test also proves nothing else is reported.
 */
class CatalogueValidationTest {

    /**
     * credentials [0] a, [1] b, [2] c; qualifications [0] q1 (modules m1, m2, m3; certificates [0] pdc1 = m1,
     * [1] pdc2 = m2; structure complete) and [1] q2 (module m1); rules [0] r1 (q1 m1 by a), [1] r2 (q1 pdc2 by
     * a and b), [2] r3 (q2 m1 by b, or a and c).
     */
    static CatalogueBuilder valid() {
        return catalogue().defaultRecency(4).credentials("a", "b", "c")
                .qualification("q1", "Q one", true, "m1", "m2", "m3")
                .certificate("q1", "pdc1", "m1").certificate("q1", "pdc2", "m2")
                .qualification("q2", "Q two", false, "m1")
                .moduleRule("r1", "q1", "m1", "a")
                .certificateRule("r2", "q1", "pdc2", allOf("a", "b"))
                .moduleRule("r3", "q2", "m1", anyOf("b", allOf("a", "c")));
    }

    static List<CatalogueProblem> problems(String json) {
        try {
            Catalogue catalogue = CatalogueReader.read(json);
            return fail("expected the catalogue to be rejected, but it was read: version " + catalogue.version());
        } catch (InvalidCatalogueException e) {
            assertThat(e.getMessage()).isEqualTo(String.join("\n",
                    e.problems().stream().map(CatalogueProblem::toString).toList()));
            return e.problems();
        }
    }

    static List<CatalogueProblem> problems(CatalogueBuilder builder) {
        return problems(builder.json());
    }

    /** Exactly one problem, at exactly {@code path}, whose message says each of {@code says}. */
    static void assertOnlyProblem(CatalogueBuilder builder, String path, String... says) {
        assertOnlyProblem(builder.json(), path, says);
    }

    static void assertOnlyProblem(String json, String path, String... says) {
        List<CatalogueProblem> problems = problems(json);
        assertThat(problems).as("problems").hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo(path);
        if (says.length > 0) {
            assertThat(problems.get(0).message()).contains(says);
        }
    }

    @Test
    void theBaseCatalogueIsValid() {
        Catalogue catalogue = valid().build();

        assertThat(catalogue.rules()).hasSize(3);
        assertThat(catalogue.qualification("q2").orElseThrow().module("m1")).isPresent();
    }

    @Nested
    class WholeFile {
        @Test
        void notJson() {
            assertOnlyProblem("{\"format\": \"exemption-catalogue/1\",", "$", "not valid JSON");
        }

        @Test
        void lenientJsonIsNotAccepted() {
            assertOnlyProblem("{format: 'exemption-catalogue/1'}", "$", "not valid JSON");
        }

        @Test
        void aKeyWrittenTwiceIsReported() {
            String json = valid().json().replaceFirst("\"version\"", "\"version\": \"typo\", \"version\"");
            assertOnlyProblem(json, "$.version", "written twice");
        }

        @Test
        void aStreamThatIsNotUtf8IsRefused() {
            byte[] latin1 = valid().set("$.institution", "Temasek Polytechnic \u00e9").json()
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> CatalogueReader.read(new java.io.ByteArrayInputStream(latin1)))
                    .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("not UTF-8");
        }

        @Test
        void emptyFile() {
            assertOnlyProblem("", "$", "not valid JSON");
        }

        @Test
        void moreTextAfterTheObject() {
            assertOnlyProblem(valid().json() + " {}", "$", "not valid JSON");
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "\"catalogue\"", "42", "null"})
        void notAnObject(String json) {
            assertOnlyProblem(json, "$", "one JSON object");
        }

        @Test
        void aByteOrderMarkIsAllowed() throws InvalidCatalogueException {
            assertThat(CatalogueReader.read("\uFEFF" + valid().json()).version()).isEqualTo("test-1");
        }

        @Test
        void wrongFormatVersion() {
            assertOnlyProblem(valid().set("$.format", "exemption-catalogue/2"), "$.format",
                    "\"exemption-catalogue/2\"", "\"exemption-catalogue/1\"");
        }

        @Test
        void missingFormat() {
            assertOnlyProblem(valid().remove("$.format"), "$.format", "missing");
        }
    }

    @Nested
    class Structure {
        @Test
        void unknownTopLevelField() {
            assertOnlyProblem(valid().set("$.publishedon", "2026-01-01"), "$.publishedon",
                    "unknown field \"publishedon\"");
        }

        @Test
        void unknownNestedField() {
            assertOnlyProblem(valid().set("$.credentials[1].titel", "B"), "$.credentials[1].titel",
                    "unknown field \"titel\"");
            assertOnlyProblem(valid().set("$.qualifications[0].certificates[1].module", "m2"),
                    "$.qualifications[0].certificates[1].module", "unknown field \"module\"");
            assertOnlyProblem(valid().set("$.rules[0].exempts.modul", "m1"), "$.rules[0].exempts.modul",
                    "unknown field \"modul\"");
            assertOnlyProblem(valid().set("$.defaults.recency", 4), "$.defaults.recency", "unknown field \"recency\"");
        }

        @Test
        void wrongJsonType() {
            assertOnlyProblem(valid().set("$.version", 2026), "$.version", "expected a string", "2026");
            assertOnlyProblem(valid().set("$.qualifications[0].structureComplete", "yes"),
                    "$.qualifications[0].structureComplete", "true or false", "\"yes\"");
            assertOnlyProblem(valid().set("$.credentials[0].hours", "ten"), "$.credentials[0].hours",
                    "a number", "\"ten\"");
            assertOnlyProblem(valid().set("$.issuers", "cisco"), "$.issuers", "an array", "\"cisco\"");
            assertOnlyProblem(valid().set("$.rules[1].exempts", "pdc2"), "$.rules[1].exempts", "an object");
            assertOnlyProblem(valid().setJson("$.credentials[2].aliases", "[\"C\", 3]"),
                    "$.credentials[2].aliases[1]", "expected a string", "3");
        }

        @Test
        void nullInsideAnArray() {
            assertOnlyProblem(valid().setJson("$.credentials[2].aliases", "[\"C\", null]"),
                    "$.credentials[2].aliases[1]", "null");
        }

        @Test
        void requirementOfTheWrongType() {
            assertOnlyProblem(valid().set("$.rules[0].requires", 7), "$.rules[0].requires", "7");
        }
    }

    @Nested
    class RequiredFields {
        @Test
        void missingRequiredFields() {
            assertOnlyProblem(valid().remove("$.credentials[0].title"), "$.credentials[0].title", "missing");
            assertOnlyProblem(valid().remove("$.version"), "$.version", "missing");
            assertOnlyProblem(valid().remove("$.qualifications[1].level"), "$.qualifications[1].level", "missing");
            assertOnlyProblem(valid().remove("$.rules[2].source"), "$.rules[2].source", "missing");
            assertOnlyProblem(valid().remove("$.rules[2].requires"), "$.rules[2].requires", "missing");
            assertOnlyProblem(valid().remove("$.sources[0].retrievedOn"), "$.sources[0].retrievedOn", "missing");
        }

        @Test
        void anExplicitNullIsMissingToo() {
            assertOnlyProblem(valid().set("$.institution", null), "$.institution", "missing");
        }

        @Test
        void optionalFieldsMayBeLeftOutOrNull() {
            Catalogue catalogue = valid().set("$.credentials[0].hours", null).set("$.credentials[0].description", null)
                    .set("$.contact", null).ruleField("r1", "recencyYears", null).ruleField("r1", "note", null)
                    .ruleField("r1", "effectiveFrom", null).ruleField("r1", "effectiveUntil", null)
                    .set("$.qualifications[0].code", null).set("$.qualifications[0].modules[0].credits", null)
                    .build();

            assertThat(catalogue.rules().get(0).recencyYears()).isNull();
            assertThat(catalogue.contact()).isEmpty();
        }

        @Test
        void blankVersion() {
            assertOnlyProblem(valid().set("$.version", "  "), "$.version", "blank");
        }

        @Test
        void blankTitle() {
            assertOnlyProblem(valid().set("$.qualifications[0].modules[2].title", ""),
                    "$.qualifications[0].modules[2].title", "blank");
        }
    }

    @Nested
    class Values {
        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "2026-1-5", "2026-13-01", "26-01-05", "2026/01/05", "2026-01-05T00:00"})
        void badDates(String date) {
            assertOnlyProblem(valid().set("$.publishedOn", date), "$.publishedOn", "\"" + date + "\"");
            assertOnlyProblem(valid().ruleField("r2", "effectiveFrom", date), "$.rules[1].effectiveFrom",
                    "\"" + date + "\"");
            assertOnlyProblem(valid().set("$.sources[0].retrievedOn", date), "$.sources[0].retrievedOn",
                    "\"" + date + "\"");
        }

        @Test
        void leapDayIsADate() {
            assertThat(valid().set("$.publishedOn", "2024-02-29").build().publishedOn()).hasDayOfMonth(29);
        }

        @Test
        void badEnumValues() {
            assertOnlyProblem(valid().set("$.credentials[1].kind", "CERTIFICATION"), "$.credentials[1].kind",
                    "\"CERTIFICATION\"", "INDUSTRY_CERTIFICATION");
            assertOnlyProblem(valid().set("$.qualifications[1].level", "diploma"), "$.qualifications[1].level",
                    "\"diploma\"");
            assertOnlyProblem(valid().set("$.qualifications[0].certificates[0].kind", "POST_DIPLOMA"),
                    "$.qualifications[0].certificates[0].kind", "\"POST_DIPLOMA\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"aws saa", "ccna!", "", "   ", "café", "a/b"})
        void invalidIdCharacters(String id) {
            assertOnlyProblem(valid().credential(id), "$.credentials[3].id", "\"" + id + "\"");
        }

        @Test
        void idsMayUseLettersDigitsDashUnderscoreAndDot() {
            assertThat(valid().credential("AWS_saa-c03.v2").build().credential("AWS_saa-c03.v2")).isPresent();
        }

        @Test
        void negativeHoursAndCredits() {
            assertOnlyProblem(valid().set("$.credentials[0].hours", -1), "$.credentials[0].hours", "-1");
            assertOnlyProblem(valid().set("$.qualifications[0].modules[1].hours", -0.5),
                    "$.qualifications[0].modules[1].hours", "-0.5");
            assertOnlyProblem(valid().set("$.qualifications[0].modules[1].credits", -2),
                    "$.qualifications[0].modules[1].credits", "-2");
        }

        @Test
        void zeroHoursAreFine() {
            assertThat(valid().set("$.credentials[0].hours", 0).build().credentials().get(0).hours()).isZero();
        }

        @Test
        void recencyYearsMustBeAWholeNumberOfAtLeastOne() {
            assertOnlyProblem(valid().ruleField("r1", "recencyYears", 0), "$.rules[0].recencyYears", "0");
            assertOnlyProblem(valid().ruleField("r1", "recencyYears", 2.5), "$.rules[0].recencyYears", "2.5");
            assertOnlyProblem(valid().ruleField("r1", "recencyYears", -3), "$.rules[0].recencyYears", "-3");
            assertOnlyProblem(valid().set("$.defaults.recencyYears", 0), "$.defaults.recencyYears", "0");
            assertOnlyProblem(valid().set("$.defaults.recencyYears", 2.5), "$.defaults.recencyYears", "2.5");
            assertThat(valid().ruleField("r1", "recencyYears", 1).build().rules().get(0).recencyYears()).isEqualTo(1);
        }

        @Test
        void effectiveFromAfterEffectiveUntil() {
            assertOnlyProblem(valid().ruleField("r3", "effectiveFrom", "2026-06-02")
                    .ruleField("r3", "effectiveUntil", "2026-06-01"), "$.rules[2].effectiveUntil",
                    "2026-06-01", "2026-06-02");
        }

        @Test
        void aRuleInForceForOneDayIsFine() {
            assertThat(valid().ruleField("r3", "effectiveFrom", "2026-06-01")
                    .ruleField("r3", "effectiveUntil", "2026-06-01").build().rules()).hasSize(3);
        }
    }

    @Nested
    class DuplicateIds {
        @Test
        void duplicateIssuer() {
            assertOnlyProblem(valid().append("$.issuers", valid().tree().getAsJsonArray("issuers").get(0)),
                    "$.issuers[1].id", "duplicate id \"iss\"");
        }

        @Test
        void duplicateSource() {
            assertOnlyProblem(valid().append("$.sources", valid().tree().getAsJsonArray("sources").get(0)),
                    "$.sources[1].id", "duplicate id \"src\"");
        }

        @Test
        void duplicateCredentialAsTheFormatShowsIt() {
            CatalogueBuilder builder = valid().credentials("d", "e", "f", "ccna").credential("ccna");
            assertThat(problems(builder)).extracting(CatalogueProblem::toString)
                    .containsExactly("$.credentials[7].id: duplicate id \"ccna\"");
        }

        @Test
        void duplicateQualification() {
            assertOnlyProblem(valid().qualification("q1", "Another", false, "x"), "$.qualifications[2].id",
                    "duplicate id \"q1\"");
        }

        @Test
        void duplicateRule() {
            assertOnlyProblem(valid().moduleRule("r1", "q1", "m3", "c"), "$.rules[3].id", "duplicate id \"r1\"");
        }

        @Test
        void duplicateModuleWithinOneQualification() {
            assertOnlyProblem(valid().set("$.qualifications[0].modules[2].id", "m1"),
                    "$.qualifications[0].modules[2].id", "duplicate id \"m1\"");
        }

        @Test
        void duplicateCertificateWithinOneQualification() {
            assertOnlyProblem(valid().certificate("q1", "pdc1", "m3"), "$.qualifications[0].certificates[2].id",
                    "duplicate id \"pdc1\"");
        }

        @Test
        void theSameModuleAndCertificateIdInTwoQualificationsIsFine() {
            Catalogue catalogue = valid().certificate("q2", "pdc1", "m1").build();

            assertThat(catalogue.qualification("q1").orElseThrow().certificate("pdc1")).isPresent();
            assertThat(catalogue.qualification("q2").orElseThrow().certificate("pdc1")).isPresent();
        }

        @Test
        void theSameIdInDifferentScopesIsFine() {
            assertThat(valid().credential("q1").build().credential("q1")).isPresent();
        }
    }

    @Nested
    class References {
        @Test
        void unknownCredentialDeepInARequirementAsTheFormatShowsIt() {
            CatalogueBuilder builder = valid().moduleRule("r4", "q1", "m3", allOf("a", "aws-saa"));
            assertThat(problems(builder)).extracting(CatalogueProblem::toString)
                    .containsExactly("$.rules[3].requires.allOf[1]: unknown credential \"aws-saa\"");
        }

        @Test
        void unknownCredentialNestedTwoLevels() {
            assertOnlyProblem(valid().set("$.rules[2].requires.anyOf[1].allOf[0]", "zz"),
                    "$.rules[2].requires.anyOf[1].allOf[0]", "unknown credential \"zz\"");
        }

        @Test
        void unknownIssuer() {
            assertOnlyProblem(valid().set("$.credentials[2].issuer", "cisco"), "$.credentials[2].issuer",
                    "unknown issuer \"cisco\"");
        }

        @Test
        void unknownQualification() {
            assertOnlyProblem(valid().set("$.rules[0].qualification", "q9"), "$.rules[0].qualification",
                    "unknown qualification \"q9\"");
        }

        @Test
        void unknownModuleOfTheRulesQualification() {
            // m2 is a module of q1, not of q2.
            assertOnlyProblem(valid().set("$.rules[2].exempts.module", "m2"), "$.rules[2].exempts.module",
                    "unknown module \"m2\"");
        }

        @Test
        void unknownCertificate() {
            assertOnlyProblem(valid().set("$.rules[1].exempts.certificate", "pdc9"), "$.rules[1].exempts.certificate",
                    "unknown certificate \"pdc9\"");
        }

        @Test
        void unknownModuleOfACertificate() {
            assertOnlyProblem(valid().set("$.qualifications[0].certificates[1].modules[0]", "m9"),
                    "$.qualifications[0].certificates[1].modules[0]", "unknown module \"m9\"");
        }

        @Test
        void unknownSource() {
            assertOnlyProblem(valid().set("$.rules[1].source", "tp-page"), "$.rules[1].source",
                    "unknown source \"tp-page\"");
        }
    }

    @Nested
    class Rules {
        @Test
        void exemptsBothModuleAndCertificate() {
            assertOnlyProblem(valid().setJson("$.rules[0].exempts", "{\"module\": \"m1\", \"certificate\": \"pdc1\"}"),
                    "$.rules[0].exempts", "exactly one");
        }

        @Test
        void exemptsNeither() {
            assertOnlyProblem(valid().setJson("$.rules[0].exempts", "{}"), "$.rules[0].exempts", "exactly one");
        }

        @Test
        void emptyAllOfAndAnyOf() {
            assertOnlyProblem(valid().setJson("$.rules[0].requires", "{\"allOf\": []}"), "$.rules[0].requires.allOf",
                    "non-empty");
            assertOnlyProblem(valid().setJson("$.rules[2].requires.anyOf[1]", "{\"anyOf\": []}"),
                    "$.rules[2].requires.anyOf[1].anyOf", "non-empty");
        }

        @Test
        void requirementObjectWithAnotherKey() {
            assertOnlyProblem(valid().setJson("$.rules[0].requires", "{\"oneOf\": [\"a\"]}"),
                    "$.rules[0].requires.oneOf", "\"oneOf\"");
        }

        @Test
        void requirementObjectWithTwoKeys() {
            assertOnlyProblem(valid().setJson("$.rules[0].requires", "{\"allOf\": [\"a\"], \"anyOf\": [\"b\"]}"),
                    "$.rules[0].requires", "exactly one");
        }

        @Test
        void requirementPartsMustBeAnArray() {
            assertOnlyProblem(valid().setJson("$.rules[0].requires", "{\"allOf\": \"a\"}"), "$.rules[0].requires.allOf",
                    "\"a\"");
        }
    }

    @Nested
    class Certificates {
        @Test
        void aModuleInTwoCertificates() {
            assertOnlyProblem(valid().append("$.qualifications[0].certificates[1].modules", "m1"),
                    "$.qualifications[0].certificates[1].modules[1]", "\"m1\"", "\"pdc1\"");
        }

        @Test
        void emptyModulesWhileTheStructureIsComplete() {
            assertOnlyProblem(valid().certificate("q1", "pdc3"), "$.qualifications[0].certificates[2].modules",
                    "empty");
        }

        @Test
        void emptyModulesWhileTheStructureIsIncompleteIsFine() {
            assertThat(valid().certificate("q2", "pdc3").build().qualification("q2").orElseThrow()
                    .certificate("pdc3").orElseThrow().modulesUnknown()).isTrue();
        }
    }

    @Nested
    class NoFalseErrors {
        @Test
        void anInvalidCredentialIsNotAlsoUnknownWhereRulesNameIt() {
            assertOnlyProblem(valid().set("$.credentials[1].kind", "CERT"), "$.credentials[1].kind", "\"CERT\"");
            assertOnlyProblem(valid().remove("$.credentials[0].title"), "$.credentials[0].title", "missing");
        }

        @Test
        void anInvalidIssuerIsNotAlsoUnknownWhereCredentialsNameIt() {
            assertOnlyProblem(valid().set("$.issuers[0].name", " "), "$.issuers[0].name", "blank");
        }

        @Test
        void anInvalidSourceIsNotAlsoUnknownWhereRulesNameIt() {
            assertOnlyProblem(valid().set("$.sources[0].retrievedOn", "2026-02-30"), "$.sources[0].retrievedOn",
                    "2026-02-30");
        }

        @Test
        void anInvalidModuleIsNotAlsoUnknownWhereCertificatesAndRulesNameIt() {
            assertOnlyProblem(valid().remove("$.qualifications[0].modules[0].title"),
                    "$.qualifications[0].modules[0].title", "missing");
        }

        @Test
        void anInvalidCertificateIsNotAlsoUnknownWhereRulesNameIt() {
            assertOnlyProblem(valid().set("$.qualifications[0].certificates[1].kind", "PDC2"),
                    "$.qualifications[0].certificates[1].kind", "\"PDC2\"");
        }

        @Test
        void rulesOfAnInvalidQualificationAreStillChecked() {
            List<CatalogueProblem> problems = problems(valid().remove("$.qualifications[0].title")
                    .set("$.rules[0].exempts.module", "m9"));

            assertThat(problems).extracting(CatalogueProblem::toString).containsExactly(
                    "$.qualifications[0].title: missing (required)",
                    "$.rules[0].exempts.module: unknown module \"m9\" of qualification \"q1\"");
        }
    }

    @Nested
    class EveryErrorAtOnce {
        @Test
        void severalErrorsOfMeaningAreAllReported() {
            CatalogueBuilder builder = valid()
                    .set("$.version", "")
                    .credential("c")
                    .set("$.qualifications[1].level", "BACHELOR")
                    .set("$.rules[0].requires", "nope")
                    .set("$.rules[2].source", "elsewhere")
                    .ruleField("r2", "recencyYears", 0);

            assertThat(problems(builder)).extracting(CatalogueProblem::path).containsExactlyInAnyOrder(
                    "$.version", "$.credentials[3].id", "$.qualifications[1].level", "$.rules[0].requires",
                    "$.rules[2].source", "$.rules[1].recencyYears");
        }

        @Test
        void severalStructuralErrorsAreAllReported() {
            CatalogueBuilder builder = valid()
                    .set("$.extra", true)
                    .set("$.credentials[0].hours", "many")
                    .set("$.rules[2].exempts.modules", "m1");

            assertThat(problems(builder)).extracting(CatalogueProblem::path).containsExactlyInAnyOrder(
                    "$.extra", "$.credentials[0].hours", "$.rules[2].exempts.modules");
        }

        @Test
        void errorsOfStructureAndOfMeaningAreReportedTogether() {
            CatalogueBuilder builder = valid()
                    .set("$.qualifications[0].titel", "Q one")
                    .set("$.credentials[0].hours", "ten")
                    .set("$.rules[1].recencyYears", 2.5)
                    .setJson("$.credentials[2].aliases", "[\"C\", 3, null]")
                    .set("$.rules[0].requires", "aws-saa")
                    .set("$.credentials[1].kind", "CERT")
                    .set("$.rules[2].effectiveFrom", "2026-02-30");

            assertThat(problems(builder)).extracting(CatalogueProblem::path).containsExactly(
                    "$.credentials[0].hours", "$.credentials[2].aliases[1]", "$.credentials[2].aliases[2]",
                    "$.qualifications[0].titel", "$.rules[1].recencyYears",
                    "$.credentials[1].kind", "$.rules[0].requires", "$.rules[2].effectiveFrom");
        }

        @Test
        void anEntryOfTheWrongTypeIsReportedOnceAndTheRestStillChecked() {
            CatalogueBuilder builder = valid().append("$.credentials", "d").set("$.rules[0].source", "elsewhere");

            assertThat(problems(builder)).extracting(CatalogueProblem::toString).containsExactly(
                    "$.credentials[3]: expected an object, found the string \"d\"",
                    "$.rules[0].source: unknown source \"elsewhere\"");
        }

        @Test
        void aListOfIdsOfTheWrongTypeStopsBeforeReferencesToItAreChecked() {
            // Checking the rules against no credentials at all would call every credential they name unknown.
            assertOnlyProblem(valid().setJson("$.credentials", "{\"a\": {}}"), "$.credentials", "an array");
            assertOnlyProblem(valid().set("$.qualifications[0].modules", "m1 m2 m3"), "$.qualifications[0].modules",
                    "an array");
        }
    }
}
