package sg.tsa.advisor.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NationalIdsTest {
    @ParameterizedTest
    @ValueSource(strings = {"S1234567D", "s1234567d", "x_S1234567D", "S1234567D9", "S 1234567 D", "s-123-4567-d",
            "S.1234567.D", "Nur Aisyah (T 0123 456 J)", "FIN: G1234567X", "m1234567k", "Tan S1234567D Wei",
            "S\u00a01234567\u00a0D", "id#F-1234567-N."})
    void aNumberIsFoundHoweverItIsWritten(String text) {
        assertThat(NationalIds.present(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tan Wei Ling", "陈伟玲", "தமிழ்செல்வி", "Muhammad bin Abdullah", "Call 9123 4567 after 5pm",
            "+65 6123 4567", "orders 1234567 done", "modules 1234567 done", "Singapore 123456", "CCNA 200-301",
            "AWS SAA-C03, attained 2023", "S123456D", "S12345678D", "A1234567B", "batch S1234567",
            "student no. 1234567A", "Room T12-345 level 4"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(NationalIds.present(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"S1234567D"})
    void theRefusalNamesTheFieldButNotTheNumber(String number) {
        assertThat(NationalIds.refusal("notes")).startsWith("notes seems to hold a national identity number")
                .doesNotContain(number);
    }
}
