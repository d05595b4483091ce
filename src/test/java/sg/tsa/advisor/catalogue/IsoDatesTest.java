package sg.tsa.advisor.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IsoDatesTest {
    @Test
    void aRealDateWrittenAsYyyyMmDd() {
        assertThat(IsoDates.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
        assertThat(IsoDates.parse("2026-11-28")).contains(LocalDate.of(2026, 11, 28));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-29", "2026-02-30", "2026-1-5", "2026-13-01", "2026-00-10", "20260105",
            "+2026-01-05", "2026-01-05 ", " 2026-01-05", "2026-01-05T10:00", "2026/01/05", "", "٢٠٢٦-٠١-٠٥"})
    void anythingElseIsNoDate(String text) {
        assertThat(IsoDates.parse(text)).isEmpty();
    }

    @Test
    void nullIsNoDate() {
        assertThat(IsoDates.parse(null)).isEmpty();
    }
}
