package sg.tsa.advisor.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HanTextTest {

    @Test
    void aTextHasHanWhenAnyOfItsCharactersIsOfTheHanScript() {
        assertThat(HanText.has("陈伟玲")).isTrue();
        assertThat(HanText.has("Tan Wei Ling (陳偉玲)")).as("Traditional, inside Latin").isTrue();
        assertThat(HanText.has("𠀀")).as("outside the Basic Multilingual Plane").isTrue();
    }

    @Test
    void latinTamilJawiAndNothingHaveNone() {
        assertThat(HanText.has("Tan Wei Ling")).isFalse();
        assertThat(HanText.has("தமிழ்செல்வி")).isFalse();
        assertThat(HanText.has("نور عائشة")).isFalse();
        assertThat(HanText.has("")).isFalse();
        assertThat(HanText.has(null)).isFalse();
        assertThat(HanText.has("、。「」")).as("CJK punctuation is not Han").isFalse();
    }
}
