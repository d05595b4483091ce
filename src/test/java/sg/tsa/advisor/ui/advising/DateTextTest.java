package sg.tsa.advisor.ui.advising;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates as people type them, at the edges: separators, two-digit years, month alone, days a month lacks. */
class DateTextTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static LocalDate day(String text) {
        DateText.Typed typed = DateText.read(text, TODAY);
        assertThat(typed.monthOnly()).as(text).isFalse();
        return typed.date();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/06/2024", "1/6/2024", "1/6/24", "01-06-2024", "1-6-24", "1.6.2024", "01.06.24",
            "2024-06-01", "2024/6/1", "1 Jun 2024", "1 June 2024", "01-jun-2024", "1 jun 24", " 1 / 6 / 2024 "})
    void everyUsualWayOfWritingTheFirstOfJune2024(String text) {
        assertThat(day(text)).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"06/2024", "6/2024", "6-2024", "6.2024", "Jun 2024", "June 2024", "jun-2024", "Jun2024",
            "2024-06", "june 24"})
    void aMonthAloneIsItsFirstDayAndSaysSo(String text) {
        DateText.Typed typed = DateText.read(text, TODAY);
        assertThat(typed).isEqualTo(new DateText.Typed(LocalDate.of(2024, 6, 1), true));
        assertThat(DateText.format(typed.date(), typed.monthOnly())).isEqualTo("06/2024");
    }

    @ParameterizedTest
    @CsvSource({"1/1/46, 1946", "1/1/45, 2045", "1/1/00, 2000", "1/1/99, 1999", "1/1/26, 2026", "1/1/27, 2027"})
    void aTwoDigitYearLiesFrom80YearsBackTo19Ahead(String text, int year) {
        assertThat(day(text).getYear()).isEqualTo(year);
    }

    @Test
    void thePivotMovesWithTheReferenceYear() {
        assertThat(DateText.read("1/1/46", LocalDate.of(2027, 1, 1)).date().getYear()).isEqualTo(2046);
        assertThat(DateText.read("1/1/47", LocalDate.of(2027, 1, 1)).date().getYear()).isEqualTo(1947);
    }

    @Test
    void the29thOfFebruaryOnlyInLeapYears() {
        assertThat(day("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(day("29/2/00")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThatThrownBy(() -> DateText.read("29/02/2025", TODAY))
                .hasMessage("\"29/02/2025\" is not a date (February 2025 has 28 days): type it as dd/MM/yyyy, "
                        + "e.g. 01/06/2024, or a month as 06/2024.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "31/06/2024|June 2024 has 30 days", "1/13/2024|there is no month 13", "0/6/2024|June 2024 has 30 days",
            "13/2024|there is no month 13", "06/24|give the year in full for a month alone"})
    void aDayOrMonthThatDoesNotExistIsNamed(String text, String why) {
        assertThatThrownBy(() -> DateText.read(text, TODAY)).hasMessageStartingWith("\"" + text + "\" is not a date")
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "1/6", "1/6/2024/5", "32", "Jux 2024", "1//2024", "1/6/202", "ju 2024"})
    void anythingElseIsNotADate(String text) {
        assertThatThrownBy(() -> DateText.read(text, TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"" + text.strip() + "\" is not a date");
    }

    @Test
    void blankIsNoDate() {
        assertThat(DateText.read("  ", TODAY)).isNull();
        assertThat(DateText.read(null, TODAY)).isNull();
    }

    @Test
    void everyDayOfTwoCenturiesReadsBackAsShown() {
        Random random = new Random(20261128L);
        for (int i = 0; i < 2_000; i++) {
            LocalDate date = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 90));
            assertThat(DateText.read(DateText.format(date), TODAY).date()).isEqualTo(date);
        }
    }

    @Test
    void aDateAfterTheAssessmentDateIsRefused() {
        assertThat(DateText.parseNotAfter("28/11/2026", TODAY, "Attained")).isEqualTo(TODAY);
        assertThatThrownBy(() -> DateText.parseNotAfter("05/01/2027", TODAY, "Attained"))
                .hasMessageStartingWith("Attained 5 Jan 2027 is after the assessment date 28 Nov 2026");
    }

    @Test
    void yearZeroAndFiveDigitYearsAreRefusedNotShownAsOtherDates() {
        assertThatThrownBy(() -> DateText.parse("01/01/0000")).hasMessage("\"01/01/0000\" is not a date this tool "
                + "works with: give one from 01/01/1900 to 31/12/2999.");
        assertThatThrownBy(() -> DateText.parse("1/1/10003")).hasMessageContaining("\"1/1/10003\" is not a date");
        assertThat(DateText.parse("31/12/2999")).isEqualTo(LocalDate.of(2999, 12, 31));
    }
}
