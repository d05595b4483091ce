package sg.tsa.advisor.engine;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.testing.CatalogueBuilder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static sg.tsa.advisor.testing.CatalogueBuilder.allOf;
import static sg.tsa.advisor.testing.CatalogueBuilder.anyOf;
import static sg.tsa.advisor.testing.CatalogueBuilder.catalogue;

/** The "Meaning" section of catalogue-format.md, point by point, at its boundaries. */
class ExemptionEngineTest {

    // ---------- helpers ----------

    static HeldCredential held(String id, String attainedOn) {
        return new HeldCredential(id, LocalDate.parse(attainedOn));
    }

    static Advice advise(Catalogue catalogue, String asOf, HeldCredential... held) {
        return new ExemptionEngine(catalogue).advise(new AdviceRequest(List.of(held), LocalDate.parse(asOf)));
    }

    static Advice advise(Catalogue catalogue, String asOf, String intake, HeldCredential... held) {
        return new ExemptionEngine(catalogue)
                .advise(new AdviceRequest(List.of(held), LocalDate.parse(asOf), LocalDate.parse(intake)));
    }

    /** One qualification "q" (modules m1, m2) and one rule "r" exempting m1 when "a" is held. */
    static CatalogueBuilder oneRule(Integer defaultRecency) {
        return catalogue().defaultRecency(defaultRecency).credentials("a", "b", "c", "d")
                .qualification("q", "Q", false, "m1", "m2")
                .moduleRule("r", "q", "m1", "a");
    }

    static List<String> moduleIds(QualificationAdvice advice) {
        return advice.exemptedModules().stream().map(CourseModule::id).toList();
    }

    static List<String> certificateIds(QualificationAdvice advice) {
        return advice.exemptedCertificates().stream().map(Certificate::id).toList();
    }

    static List<String> grantRules(QualificationAdvice advice) {
        return advice.grants().stream().map(g -> g.rule().id()).toList();
    }

    static List<String> credentialIds(List<CountedCredential> counted) {
        return counted.stream().map(CountedCredential::credentialId).toList();
    }

    static Grant onlyGrant(Advice advice, String qualificationId) {
        List<Grant> grants = advice.qualification(qualificationId).orElseThrow().grants();
        assertThat(grants).hasSize(1);
        return grants.get(0);
    }

    static RuleOutcome outcome(Advice advice, String ruleId) {
        return advice.outcomes().stream().filter(o -> o.rule().id().equals(ruleId)).findFirst().orElseThrow();
    }

    static List<String> nearMissRules(Advice advice) {
        return advice.nearMisses().stream().map(n -> n.rule().id()).toList();
    }

    // ---------- meaning point 1: recency ----------

    @Nested
    class RecencyWindow {
        @Test
        void attainedExactlyFourYearsBeforeCountsAndReportsItsLastDay() {
            Advice advice = advise(oneRule(4).build(), "2026-11-28", held("a", "2022-11-28"));

            Grant grant = onlyGrant(advice, "q");
            assertThat(grant.credentials()).extracting(CountedCredential::countsUntil)
                    .containsExactly(LocalDate.parse("2026-11-28"));
        }

        @Test
        void attainedOneDayMoreThanFourYearsBeforeDoesNotCount() {
            Advice advice = advise(oneRule(4).build(), "2026-11-28", held("a", "2022-11-27"));

            assertThat(advice.qualifications()).isEmpty();
            assertThat(outcome(advice, "r").status()).isEqualTo(RuleOutcome.Status.NOT_MET);
            assertThat(advice.lapsed()).singleElement().satisfies(l -> {
                assertThat(l.held().credentialId()).isEqualTo("a");
                assertThat(l.countsUntil()).isEqualTo(LocalDate.parse("2026-11-27"));
            });
        }

        @Test
        void leapDayWithOneYearWindowCountsUntilTwentyEighthOfFebruary() {
            Catalogue catalogue = oneRule(null).ruleField("r", "recencyYears", 1).build();

            Advice lastDay = advise(catalogue, "2025-02-28", held("a", "2024-02-29"));
            Advice dayAfter = advise(catalogue, "2025-03-01", held("a", "2024-02-29"));

            assertThat(onlyGrant(lastDay, "q").credentials().get(0).countsUntil())
                    .isEqualTo(LocalDate.parse("2025-02-28"));
            assertThat(dayAfter.qualifications()).isEmpty();
            assertThat(dayAfter.lapsed()).singleElement()
                    .satisfies(l -> assertThat(l.countsUntil()).isEqualTo(LocalDate.parse("2025-02-28")));
        }

        @Test
        void leapDayWithFourYearWindowCountsUntilTheNextLeapDay() {
            Catalogue catalogue = oneRule(4).build();

            Advice lastDay = advise(catalogue, "2028-02-29", held("a", "2024-02-29"));
            Advice dayAfter = advise(catalogue, "2028-03-01", held("a", "2024-02-29"));

            assertThat(onlyGrant(lastDay, "q").credentials().get(0).countsUntil())
                    .isEqualTo(LocalDate.parse("2028-02-29"));
            assertThat(dayAfter.qualifications()).isEmpty();
        }

        @Test
        void ruleRecencyShorterThanDefaultOverridesIt() {
            Catalogue catalogue = oneRule(4).ruleField("r", "recencyYears", 1).build();

            Advice advice = advise(catalogue, "2026-11-28", held("a", "2025-11-27"));

            assertThat(advice.qualifications()).isEmpty();
            assertThat(advice.lapsed()).singleElement()
                    .satisfies(l -> assertThat(l.countsUntil()).isEqualTo(LocalDate.parse("2026-11-27")));
        }

        @Test
        void ruleRecencyLongerThanDefaultOverridesIt() {
            Catalogue catalogue = oneRule(4).ruleField("r", "recencyYears", 10).build();

            Advice advice = advise(catalogue, "2026-11-28", held("a", "2016-11-28"));

            assertThat(onlyGrant(advice, "q").credentials().get(0).countsUntil())
                    .isEqualTo(LocalDate.parse("2026-11-28"));
        }

        @Test
        void withoutAnyRecencyACredentialCountsForever() {
            Advice advice = advise(oneRule(null).build(), "2026-11-28", held("a", "1970-01-01"));

            Grant grant = onlyGrant(advice, "q");
            assertThat(grant.credentials()).singleElement()
                    .satisfies(c -> assertThat(c.countsUntil()).isNull());
            assertThat(advice.lapsed()).isEmpty();
        }
    }

    // ---------- meaning point 2: effective dates ----------

    @Nested
    class EffectiveDates {
        Catalogue bounded = oneRule(null).ruleField("r", "effectiveFrom", "2026-01-01")
                .ruleField("r", "effectiveUntil", "2026-12-31").build();

        @Test
        void inForceOnItsFirstDayButNotTheDayBefore() {
            assertThat(advise(bounded, "2026-01-01", held("a", "2020-01-01")).qualification("q")).isPresent();
            Advice before = advise(bounded, "2025-12-31", held("a", "2020-01-01"));
            assertThat(before.qualifications()).isEmpty();
            assertThat(outcome(before, "r").status()).isEqualTo(RuleOutcome.Status.NOT_IN_FORCE);
        }

        @Test
        void inForceOnItsLastDayButNotTheDayAfter() {
            assertThat(advise(bounded, "2026-12-31", held("a", "2020-01-01")).qualification("q")).isPresent();
            Advice after = advise(bounded, "2027-01-01", held("a", "2020-01-01"));
            assertThat(after.qualifications()).isEmpty();
            assertThat(outcome(after, "r").status()).isEqualTo(RuleOutcome.Status.NOT_IN_FORCE);
        }

        @Test
        void aMissingBoundIsOpen() {
            Catalogue fromOnly = oneRule(null).ruleField("r", "effectiveFrom", "2026-01-01").build();
            Catalogue untilOnly = oneRule(null).ruleField("r", "effectiveUntil", "2026-12-31").build();

            assertThat(advise(fromOnly, "2999-12-31", held("a", "2020-01-01")).qualification("q")).isPresent();
            assertThat(advise(untilOnly, "2000-01-01", held("a", "1999-01-01")).qualification("q")).isPresent();
            assertThat(advise(fromOnly, "2025-12-31", held("a", "2020-01-01")).qualifications()).isEmpty();
            assertThat(advise(untilOnly, "2027-01-01", held("a", "2020-01-01")).qualifications()).isEmpty();
        }
    }

    // ---------- meaning points 3 and 4: grants and their union ----------

    @Nested
    class Grants {
        @Test
        void aModuleRuleExemptsThatModuleOnly() {
            Advice advice = advise(oneRule(null).build(), "2026-11-28", held("a", "2024-01-01"));

            QualificationAdvice q = advice.qualification("q").orElseThrow();
            assertThat(moduleIds(q)).containsExactly("m1");
            assertThat(q.exemptedCertificates()).isEmpty();
            assertThat(grantRules(q)).containsExactly("r");
        }

        @Test
        void aCertificateRuleExemptsEveryModuleOfTheCertificate() {
            Catalogue catalogue = catalogue().credentials("a").qualification("q", "Q", true, "m1", "m2", "m3")
                    .certificate("q", "pdc", "m1", "m3").certificateRule("r", "q", "pdc", "a").build();

            QualificationAdvice q = advise(catalogue, "2026-11-28", held("a", "2024-01-01"))
                    .qualification("q").orElseThrow();

            assertThat(moduleIds(q)).containsExactly("m1", "m3");
            assertThat(certificateIds(q)).containsExactly("pdc");
            assertThat(q.remainingModules()).hasValueSatisfying(
                    r -> assertThat(r).extracting(CourseModule::id).containsExactly("m2"));
        }

        @Test
        void aCertificateWhoseModulesAreUnknownIsGrantedAsAWhole() {
            Catalogue catalogue = catalogue().credentials("a").qualification("q", "Q", false)
                    .certificate("q", "pdc").certificateRule("r", "q", "pdc", "a").build();

            QualificationAdvice q = advise(catalogue, "2026-11-28", held("a", "2024-01-01"))
                    .qualification("q").orElseThrow();

            assertThat(certificateIds(q)).containsExactly("pdc");
            assertThat(q.exemptedModules()).isEmpty();
            assertThat(grantRules(q)).containsExactly("r");
        }

        @Test
        void twoRulesExemptingOneModuleListItOnceAndKeepBothGrants() {
            Catalogue catalogue = catalogue().credentials("a", "b").qualification("q", "Q", true, "m1", "m2")
                    .moduleRule("r1", "q", "m1", "a").moduleRule("r2", "q", "m1", "b").build();

            QualificationAdvice q = advise(catalogue, "2026-11-28", held("a", "2024-01-01"), held("b", "2024-01-01"))
                    .qualification("q").orElseThrow();

            assertThat(moduleIds(q)).containsExactly("m1");
            assertThat(grantRules(q)).containsExactly("r1", "r2");
            assertThat(q.remainingModules()).hasValueSatisfying(
                    r -> assertThat(r).extracting(CourseModule::id).containsExactly("m2"));
        }

        @Test
        void aModuleExemptedBothDirectlyAndThroughItsCertificateIsListedOnce() {
            Catalogue catalogue = catalogue().credentials("a", "b").qualification("q", "Q", true, "m1", "m2")
                    .certificate("q", "pdc", "m1", "m2")
                    .moduleRule("r1", "q", "m1", "a").certificateRule("r2", "q", "pdc", "b").build();

            QualificationAdvice q = advise(catalogue, "2026-11-28", held("a", "2024-01-01"), held("b", "2024-01-01"))
                    .qualification("q").orElseThrow();

            assertThat(moduleIds(q)).containsExactly("m1", "m2");
            assertThat(grantRules(q)).containsExactly("r1", "r2");
            assertThat(q.remainingModules()).hasValue(List.of());
        }

        @Test
        void nestedAllOfAndAnyOfAreMetOnlyAsWritten() {
            Catalogue catalogue = catalogue().credentials("a", "b", "c", "d").qualification("q", "Q", false, "m1")
                    .moduleRule("r", "q", "m1", allOf("a", anyOf("b", allOf("c", "d")))).build();

            Advice met = advise(catalogue, "2026-11-28", held("a", "2024-01-01"), held("c", "2024-01-01"),
                    held("d", "2024-01-01"));
            Advice halfOfInner = advise(catalogue, "2026-11-28", held("a", "2024-01-01"), held("c", "2024-01-01"));
            Advice innerWithoutOuter = advise(catalogue, "2026-11-28", held("b", "2024-01-01"));

            assertThat(credentialIds(onlyGrant(met, "q").credentials())).containsExactlyInAnyOrder("a", "c", "d");
            assertThat(halfOfInner.qualifications()).isEmpty();
            assertThat(innerWithoutOuter.qualifications()).isEmpty();
        }

        @Test
        void aGrantNamesOnlyTheHeldCredentialsOfTheMetParts() {
            Catalogue catalogue = catalogue().credentials("a", "b", "c", "x").qualification("q", "Q", false, "m1")
                    .moduleRule("r", "q", "m1", anyOf(allOf("a", "b"), "c")).build();

            // a is held and counts, but its part (a and b) is not met: only c met the rule.
            Advice advice = advise(catalogue, "2026-11-28", held("a", "2024-01-01"), held("c", "2024-01-01"),
                    held("x", "2024-01-01"));

            assertThat(credentialIds(onlyGrant(advice, "q").credentials())).containsExactly("c");
        }

        @Test
        void aGrantOfAnAllOfNamesEveryPart() {
            Catalogue catalogue = catalogue().credentials("a", "b", "x").qualification("q", "Q", false, "m1")
                    .moduleRule("r", "q", "m1", allOf("a", "b")).build();

            Advice advice = advise(catalogue, "2026-11-28", held("x", "2024-01-01"), held("b", "2024-01-01"),
                    held("a", "2024-01-01"));

            assertThat(credentialIds(onlyGrant(advice, "q").credentials())).containsExactlyInAnyOrder("a", "b");
        }

        @Test
        void remainingModulesAreUnknownUnlessTheStructureIsComplete() {
            Catalogue incomplete = catalogue().credentials("a").qualification("q", "Q", false, "m1", "m2")
                    .moduleRule("r", "q", "m1", "a").build();
            Catalogue complete = catalogue().credentials("a").qualification("q", "Q", true, "m1", "m2")
                    .moduleRule("r", "q", "m1", "a").build();

            assertThat(advise(incomplete, "2026-11-28", held("a", "2024-01-01")).qualification("q").orElseThrow()
                    .remainingModules()).isEqualTo(Optional.empty());
            assertThat(advise(complete, "2026-11-28", held("a", "2024-01-01")).qualification("q").orElseThrow()
                    .remainingModules()).hasValueSatisfying(
                            r -> assertThat(r).extracting(CourseModule::id).containsExactly("m2"));
        }

        @Test
        void qualificationsWithGrantsOnlySortedByTitle() {
            Catalogue catalogue = catalogue().credentials("a")
                    .qualification("q1", "Zoology Diploma", false, "m")
                    .qualification("q2", "Accounting Diploma", false, "m")
                    .qualification("q3", "Marine Diploma", false, "m")
                    .qualification("q4", "Biology Diploma", false, "m")
                    .moduleRule("r1", "q1", "m", "a").moduleRule("r2", "q2", "m", "a").moduleRule("r3", "q3", "m", "a")
                    .build();

            Advice advice = advise(catalogue, "2026-11-28", held("a", "2024-01-01"));

            assertThat(advice.qualifications()).extracting(q -> q.qualification().title())
                    .containsExactly("Accounting Diploma", "Marine Diploma", "Zoology Diploma");
        }

        @Test
        void aCredentialEnteredTwiceCountsFromItsLatestAttainment() {
            Advice advice = advise(oneRule(4).build(), "2026-11-28", held("a", "2020-01-01"),
                    held("a", "2025-01-01"), held("a", "2019-01-01"));

            assertThat(onlyGrant(advice, "q").credentials()).singleElement()
                    .satisfies(c -> assertThat(c.held().attainedOn()).isEqualTo(LocalDate.parse("2025-01-01")));
        }
    }

    // ---------- meaning point 5: near misses ----------

    @Nested
    class NearMisses {
        @Test
        void oneMissingCredentialOfAnAllOfIsANearMiss() {
            Catalogue catalogue = catalogue().credentials("a", "b").qualification("q", "Q", false, "m1")
                    .moduleRule("r", "q", "m1", allOf("a", "b")).build();

            Advice advice = advise(catalogue, "2026-11-28", held("a", "2024-01-01"));

            assertThat(advice.nearMisses()).singleElement().satisfies(n -> {
                assertThat(n.rule().id()).isEqualTo("r");
                assertThat(n.missing()).containsExactly("b");
            });
        }

        @Test
        void missingListsEveryCredentialAnyOneOfWhichWouldMeetTheRule() {
            Catalogue catalogue = catalogue().credentials("a", "b", "c", "d").qualification("q", "Q", false, "m1")
                    .moduleRule("r", "q", "m1", anyOf(allOf("a", "c"), allOf("b", "d"))).build();

            Advice advice = advise(catalogue, "2026-11-28", held("a", "2024-01-01"), held("b", "2024-01-01"));

            assertThat(advice.nearMisses()).singleElement()
                    .satisfies(n -> assertThat(n.missing()).containsExactly("c", "d"));
        }

        @Test
        void anAnyOfOfCredentialsNotHeldListsEachOfThem() {
            Advice advice = advise(catalogue().credentials("a", "b", "c").qualification("q", "Q", false, "m1")
                    .moduleRule("r", "q", "m1", anyOf("a", "b")).build(), "2026-11-28", held("c", "2024-01-01"));

            assertThat(advice.nearMisses()).singleElement()
                    .satisfies(n -> assertThat(n.missing()).containsExactly("a", "b"));
        }

        @Test
        void aRuleNeedingTwoMoreCredentialsIsNoNearMiss() {
            Catalogue catalogue = catalogue().credentials("a", "b", "c").qualification("q", "Q", false, "m1")
                    .moduleRule("r", "q", "m1", allOf("a", "b", "c")).build();

            assertThat(advise(catalogue, "2026-11-28", held("a", "2024-01-01")).nearMisses()).isEmpty();
        }

        @Test
        void aRuleNotInForceIsNoNearMiss() {
            Catalogue catalogue = catalogue().credentials("a", "b").qualification("q", "Q", false, "m1")
                    .moduleRule("r", "q", "m1", allOf("a", "b")).ruleField("r", "effectiveUntil", "2025-12-31")
                    .build();

            assertThat(advise(catalogue, "2026-11-28", held("a", "2024-01-01")).nearMisses()).isEmpty();
            assertThat(advise(catalogue, "2025-12-31", held("a", "2024-01-01")).nearMisses()).hasSize(1);
        }

        @Test
        void noNearMissWhenTheModuleIsAlreadyExemptedByAnotherRule() {
            Catalogue catalogue = catalogue().credentials("a", "b", "c").qualification("q", "Q", false, "m1", "m2")
                    .moduleRule("r1", "q", "m1", "c")
                    .moduleRule("r2", "q", "m1", allOf("a", "b"))
                    .moduleRule("r3", "q", "m2", allOf("a", "b")).build();

            Advice advice = advise(catalogue, "2026-11-28", held("a", "2024-01-01"), held("c", "2024-01-01"));

            assertThat(nearMissRules(advice)).containsExactly("r3");
        }

        @Test
        void noNearMissWhenTheModuleIsAlreadyExemptedThroughItsCertificate() {
            Catalogue catalogue = catalogue().credentials("a", "b", "c").qualification("q", "Q", false, "m1", "m2")
                    .certificate("q", "pdc", "m1")
                    .certificateRule("r1", "q", "pdc", "c")
                    .moduleRule("r2", "q", "m1", allOf("a", "b"))
                    .moduleRule("r3", "q", "m2", allOf("a", "b")).build();

            Advice advice = advise(catalogue, "2026-11-28", held("a", "2024-01-01"), held("c", "2024-01-01"));

            assertThat(nearMissRules(advice)).containsExactly("r3");
        }

        @Test
        void noNearMissWhenTheCertificateIsAlreadyGrantedWhole() {
            Catalogue catalogue = catalogue().credentials("a", "b", "c").qualification("q", "Q", false)
                    .certificate("q", "pdc")
                    .certificateRule("r1", "q", "pdc", "c")
                    .certificateRule("r2", "q", "pdc", allOf("a", "b")).build();

            Advice withC = advise(catalogue, "2026-11-28", held("a", "2024-01-01"), held("c", "2024-01-01"));
            Advice withoutC = advise(catalogue, "2026-11-28", held("a", "2024-01-01"));

            assertThat(withC.nearMisses()).isEmpty();
            assertThat(nearMissRules(withoutC)).containsExactly("r1", "r2");
        }

        @Test
        void aHeldCredentialThatNoLongerCountsIsTreatedAsMissing() {
            Catalogue catalogue = catalogue().defaultRecency(4).credentials("a", "b")
                    .qualification("q", "Q", false, "m1", "m2")
                    .moduleRule("r1", "q", "m1", "a")
                    .moduleRule("r2", "q", "m2", allOf("a", "b")).build();

            Advice advice = advise(catalogue, "2026-11-28", held("a", "2020-01-01"), held("b", "2024-01-01"));

            assertThat(advice.nearMisses()).extracting(n -> n.rule().id() + ":" + n.missing())
                    .containsExactly("r1:[a]", "r2:[a]");
        }
    }

    // ---------- meaning point 6: lapsed credentials ----------

    @Nested
    class Lapsed {
        @Test
        void aLapsedCredentialIsReportedWithItsLastDayAndTheRulesItWouldHaveMet() {
            Catalogue catalogue = catalogue().defaultRecency(4).credentials("a", "b")
                    .qualification("q", "Q", false, "m1", "m2", "m3")
                    .moduleRule("r1", "q", "m1", "a")
                    .moduleRule("r2", "q", "m2", anyOf("a", "b"))
                    .moduleRule("r3", "q", "m3", allOf("a", "b")).build();

            Advice advice = advise(catalogue, "2026-11-28", held("a", "2019-05-02"));

            assertThat(advice.lapsed()).singleElement().satisfies(l -> {
                assertThat(l.held()).isEqualTo(held("a", "2019-05-02"));
                assertThat(l.countsUntil()).isEqualTo(LocalDate.parse("2023-05-02"));
                // r3 would still need b: a alone would not have met it.
                assertThat(l.ruleIds()).containsExactly("r1", "r2");
            });
        }

        @Test
        void aLapsedCredentialOfARuleNotInForceIsNotReported() {
            Catalogue catalogue = oneRule(4).ruleField("r", "effectiveUntil", "2025-12-31").build();

            assertThat(advise(catalogue, "2026-11-28", held("a", "2019-05-02")).lapsed()).isEmpty();
        }

        @Test
        void aCredentialThatStillCountsIsNotLapsed() {
            Advice advice = advise(oneRule(4).build(), "2026-11-28", held("a", "2023-05-02"));

            assertThat(advice.lapsed()).isEmpty();
        }
    }

    // ---------- meaning point 7: intake ----------

    @Nested
    class Intake {
        @Test
        void aCredentialWhoseWindowEndsBeforeIntakeLapsesBeforeIntake() {
            Catalogue catalogue = oneRule(4).build();

            Advice lapsing = advise(catalogue, "2026-11-28", "2027-01-05", held("a", "2023-01-04"));
            Advice lastDay = advise(catalogue, "2026-11-28", "2027-01-04", held("a", "2023-01-04"));

            assertThat(lapsing.qualification("q").orElseThrow().lapsingBeforeIntake()).containsExactly("r");
            assertThat(lastDay.qualification("q").orElseThrow().lapsingBeforeIntake()).isEmpty();
        }

        @Test
        void aRuleEndingBeforeIntakeLapsesBeforeIntake() {
            Catalogue catalogue = oneRule(null).ruleField("r", "effectiveUntil", "2026-12-31").build();

            Advice lapsing = advise(catalogue, "2026-11-28", "2027-01-01", held("a", "2023-01-04"));
            Advice lastDay = advise(catalogue, "2026-11-28", "2026-12-31", held("a", "2023-01-04"));

            assertThat(lapsing.qualification("q").orElseThrow().lapsingBeforeIntake()).containsExactly("r");
            assertThat(lapsing.intake()).isEqualTo(LocalDate.parse("2027-01-01"));
            assertThat(lastDay.qualification("q").orElseThrow().lapsingBeforeIntake()).isEmpty();
        }
    }

    // ---------- rule outcomes ----------

    @Nested
    class Outcomes {
        Catalogue catalogue = catalogue().defaultRecency(4).credentials("a", "b", "c", "d")
                .qualification("q", "Q", false, "m1", "m2", "m3")
                .moduleRule("granted", "q", "m1", anyOf("a", "b"))
                .moduleRule("notMet", "q", "m2", allOf("a", "c", "d"))
                .moduleRule("notInForce", "q", "m3", "a").ruleField("notInForce", "effectiveFrom", "2027-01-01")
                .build();

        Advice advice = advise(catalogue, "2026-11-28", held("a", "2024-01-01"), held("c", "2020-01-01"));

        @Test
        void oneOutcomePerRuleInCatalogueOrder() {
            assertThat(advice.outcomes()).extracting(o -> o.rule().id())
                    .containsExactly("granted", "notMet", "notInForce");
        }

        @Test
        void grantedNamesWhatMetItAndWhatIsMissing() {
            RuleOutcome granted = outcome(advice, "granted");
            assertThat(granted.status()).isEqualTo(RuleOutcome.Status.GRANTED);
            assertThat(granted.granted()).isTrue();
            assertThat(credentialIds(granted.counted())).containsExactly("a");
            assertThat(granted.missing()).containsExactly("b");
            assertThat(granted.lapsed()).isEmpty();
        }

        @Test
        void notMetNamesCountingLapsedAndMissingCredentials() {
            RuleOutcome notMet = outcome(advice, "notMet");
            assertThat(notMet.status()).isEqualTo(RuleOutcome.Status.NOT_MET);
            assertThat(notMet.granted()).isFalse();
            assertThat(credentialIds(notMet.counted())).containsExactly("a");
            assertThat(notMet.lapsed()).singleElement().satisfies(l -> {
                assertThat(l.credentialId()).isEqualTo("c");
                assertThat(l.countsUntil()).isEqualTo(LocalDate.parse("2024-01-01"));
            });
            assertThat(notMet.missing()).containsExactly("d");
        }

        @Test
        void notInForceEvenThoughItsRequirementIsMet() {
            RuleOutcome notInForce = outcome(advice, "notInForce");
            assertThat(notInForce.status()).isEqualTo(RuleOutcome.Status.NOT_IN_FORCE);
            assertThat(credentialIds(notInForce.counted())).containsExactly("a");
            assertThat(advice.qualification("q").orElseThrow().exemptedModules())
                    .extracting(CourseModule::id).containsExactly("m1");
        }
    }

    // ---------- invalid requests ----------

    @Nested
    class InvalidRequests {
        @Test
        void attainedAfterTheAssessmentDateNamesTheCredentialAndTheDate() {
            assertThatThrownBy(() -> new AdviceRequest(List.of(held("a", "2026-11-29")), LocalDate.parse("2026-11-28")))
                    .isInstanceOf(InvalidAdviceRequestException.class)
                    .hasMessageContaining("\"a\"").hasMessageContaining("2026-11-29");
        }

        @Test
        void attainedOnTheAssessmentDateIsFine() {
            Advice advice = advise(oneRule(4).build(), "2026-11-28", held("a", "2026-11-28"));

            assertThat(advice.qualification("q")).isPresent();
        }

        @Test
        void intakeOnTheAssessmentDateIsRejected() {
            LocalDate asOf = LocalDate.parse("2026-11-28");
            assertThatThrownBy(() -> new AdviceRequest(List.of(), asOf, asOf))
                    .isInstanceOf(InvalidAdviceRequestException.class).hasMessageContaining("2026-11-28");
        }

        @Test
        void intakeBeforeTheAssessmentDateIsRejected() {
            assertThatThrownBy(() -> new AdviceRequest(List.of(), LocalDate.parse("2026-11-28"),
                    LocalDate.parse("2026-01-01")))
                    .isInstanceOf(InvalidAdviceRequestException.class).hasMessageContaining("2026-01-01");
        }

        @Test
        void anUnknownCredentialIsRejectedByName() {
            ExemptionEngine engine = new ExemptionEngine(oneRule(4).build());
            AdviceRequest request = new AdviceRequest(Arrays.asList(held("a", "2024-01-01"),
                    held("nope", "2024-01-01")), LocalDate.parse("2026-11-28"));

            assertThatThrownBy(() -> engine.advise(request))
                    .isInstanceOf(InvalidAdviceRequestException.class).hasMessageContaining("\"nope\"");
        }
    }
}
