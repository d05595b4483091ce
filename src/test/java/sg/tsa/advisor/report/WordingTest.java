package sg.tsa.advisor.report;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.engine.QualificationAdvice;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of an exemption that holds today but not for the intake, and of each qualification's headline. */
class WordingTest {
    private static final Catalogue CATALOGUE = ShippedCatalogue.load();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    /** AWS SAA attained 1 Jan 2023 counts for four years: until 1 Jan 2027, that day included. */
    private static final List<HeldCredential> CCNA_AND_SAA = List.of(
            new HeldCredential("cisco-ccna", LocalDate.of(2024, 6, 1)),
            new HeldCredential("aws-saa", LocalDate.of(2023, 1, 1)));

    private static QualificationAdvice ict(List<HeldCredential> held, LocalDate intake) {
        Advice advice = new ExemptionEngine(CATALOGUE).advise(new AdviceRequest(held, AS_OF, intake));
        return advice.qualification("dip-idm-ict").orElseThrow();
    }

    private static String ccs(QualificationAdvice q, LocalDate intake) {
        return Wording.notForIntake(q, q.grantsFor(q.qualification().module("ccs").orElseThrow()), intake);
    }

    @Test
    void anIntakeOnTheLastDayTheCredentialCountsKeepsTheExemption() {
        LocalDate intake = LocalDate.of(2027, 1, 1);
        QualificationAdvice q = ict(CCNA_AND_SAA, intake);

        assertThat(ccs(q, intake)).isNull();
        assertThat(Wording.headline(q, intake)).isEqualTo("2 modules exempted");
    }

    @Test
    void anIntakeTheDayAfterLosesItAndEveryPlaceSaysSo() {
        LocalDate intake = LocalDate.of(2027, 1, 2);
        QualificationAdvice q = ict(CCNA_AND_SAA, intake);

        assertThat(ccs(q, intake)).isEqualTo("Not granted for the intake on 2 Jan 2027");
        assertThat(Wording.headline(q, intake)).isEqualTo("2 modules exempted — 1 lapses before the January 2027 intake");
        assertThat(Wording.exemptedNotForIntake(ccs(q, intake)))
                .isEqualTo("Exempted today only. Not granted for the intake on 2 Jan 2027.");
        assertThat(Wording.countsUntilBeforeIntake(LocalDate.of(2027, 1, 1), intake))
                .isEqualTo("Counts until 1 Jan 2027, not for the intake on 2 Jan 2027");
    }

    @Test
    void withoutAnIntakeNothingLapses() {
        QualificationAdvice q = ict(CCNA_AND_SAA, null);

        assertThat(ccs(q, null)).isNull();
        assertThat(Wording.headline(q, null)).isEqualTo("2 modules exempted");
    }

    @Test
    void aSingleExemptionThatLapsesIsCalledIt() {
        LocalDate intake = LocalDate.of(2027, 4, 1);
        QualificationAdvice q = ict(List.of(new HeldCredential("aws-saa", LocalDate.of(2023, 1, 1))), intake);

        assertThat(Wording.headline(q, intake)).isEqualTo("1 module exempted — it lapses before the April 2027 intake");
    }

    @Test
    void aWholePdcIsCountedOnceByItsKind() {
        Advice advice = new ExemptionEngine(CATALOGUE).advise(new AdviceRequest(
                List.of(new HeldCredential("tp-aahn", LocalDate.of(2025, 8, 1))), AS_OF, null));

        assertThat(Wording.headline(advice.qualification("sd-amt").orElseThrow(), null))
                .isEqualTo("1 whole PDC exempted");
    }

    @Test
    void theTextReportSaysADateGivenAsAMonthAloneAsTheScreenAndThePageDo() {
        Advice advice = new ExemptionEngine(CATALOGUE).advise(new AdviceRequest(List.of(
                new HeldCredential("cisco-ccna", LocalDate.of(2024, 6, 1), true),
                new HeldCredential("aws-saa", LocalDate.of(2023, 1, 1), false),
                new HeldCredential("udacity-ba", LocalDate.of(2021, 5, 1), true)), AS_OF, null));

        String report = TextReport.render(CATALOGUE, advice);

        assertThat(report).contains(
                "  - Cisco Certified Network Associate (CCNA), attained June 2024, taken as 1 Jun 2024\n",
                "  - AWS Certified Solutions Architect – Associate, attained 1 Jan 2023\n",
                "because: Cisco Certified Network Associate (CCNA), attained June 2024, taken as 1 Jun 2024, counts "
                        + "until 1 Jun 2028",
                "  - Business Analytics Nanodegree, attained May 2021, taken as 1 May 2021, counted until 1 May 2025");
    }
}
