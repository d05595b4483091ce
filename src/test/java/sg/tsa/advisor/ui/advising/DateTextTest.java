package sg.tsa.advisor.ui.advising;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateTextTest {
    @Test
    void daysComeFirstWithOrWithoutLeadingZeros() {
        assertThat(DateText.parse("01/06/2024")).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(DateText.parse("1/6/2024")).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(DateText.parse("2024-06-01")).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(DateText.format(LocalDate.of(2024, 6, 1))).isEqualTo("01/06/2024");
        assertThat(DateText.parse("  ")).isNull();
    }

    @Test
    void aBadDateIsNamedInTheMessage() {
        assertThatThrownBy(() -> DateText.parse("31/02/2024")).hasMessageContaining("\"31/02/2024\" is not a date")
                .hasMessageContaining("dd/MM/yyyy");
        assertThatThrownBy(() -> DateText.parse("June 2024")).hasMessageContaining("\"June 2024\"");
    }

    @Test
    void aDateAfterTheAssessmentDateIsRefused() {
        LocalDate asOf = LocalDate.of(2026, 11, 28);
        assertThat(DateText.parseNotAfter("28/11/2026", asOf, "Attained")).isEqualTo(asOf);
        assertThatThrownBy(() -> DateText.parseNotAfter("05/01/2027", asOf, "Attained"))
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
