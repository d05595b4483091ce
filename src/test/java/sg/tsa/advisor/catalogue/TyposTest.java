package sg.tsa.advisor.catalogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Edits counted at their edges: swaps, a letter missing or extra, a word still being typed. */
class TyposTest {
    @ParameterizedTest
    @CsvSource({
            "ccan, ccna, 1, true", "ccan, ccna, 0, false", "archtect, architect, 1, true",
            "architcet, architect, 1, true", "arhcitcet, architect, 2, true", "arhcitcet, architect, 1, false",
            "archi, architect, 0, true", "arxhi, architect, 1, true", "xyz, architect, 1, false",
            "networks, network, 1, true", "netwrk, network, 1, true", "abcd, dcba, 2, false"})
    void withinSoManyEditsOfTheWordOrItsStart(String typed, String known, int allowed, boolean expected) {
        assertThat(Typos.startsWithin(typed, known, allowed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"aws, 0", "ccna, 1", "archtec, 1", "archtect, 2"})
    void longerWordsTolerateMore(String word, int allowed) {
        assertThat(Typos.allowed(word)).isEqualTo(allowed);
    }
}
