package sg.tsa.advisor.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountedTest {

    @Test
    void oneTakesTheSingularAndEveryOtherNumberThePlural() {
        assertThat(Counted.of(1, "module")).isEqualTo("1 module");
        assertThat(Counted.of(0, "module")).isEqualTo("0 modules");
        assertThat(Counted.of(2, "module")).isEqualTo("2 modules");
        assertThat(Counted.of(-1, "module")).isEqualTo("-1 modules");
    }

    @Test
    void anIrregularPluralIsGivenWhole() {
        assertThat(Counted.of(1, "file that held them", "files that held them")).isEqualTo("1 file that held them");
        assertThat(Counted.of(3, "file that held them", "files that held them")).isEqualTo("3 files that held them");
    }

    @Test
    void thousandsAreGroupedWithCommasWhateverTheMachinesLanguage() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Counted.of(1250, "learner")).isEqualTo("1,250 learners");
            assertThat(Counted.of(999, "learner")).isEqualTo("999 learners");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
