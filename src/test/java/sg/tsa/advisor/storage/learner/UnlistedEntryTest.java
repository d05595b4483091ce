package sg.tsa.advisor.storage.learner;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A credential recorded as not listed is free text: checked before it reaches the database. */
class UnlistedEntryTest {
    @Test
    void titleAndNoteAreStrippedAndBlankNotesDropped() {
        UnlistedEntry entry = new UnlistedEntry("  CompTIA Security+ ", LocalDate.of(2024, 3, 1), "  ");
        assertThat(entry.title()).isEqualTo("CompTIA Security+");
        assertThat(entry.note()).isNull();
    }

    @Test
    void aBlankTitleOrANationalIdNumberIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new UnlistedEntry(" ", null, null)).isInstanceOf(InvalidLearnerDataException.class)
                .hasMessageContaining("needs a title");
        assertThatThrownBy(() -> new UnlistedEntry("CompTIA Security+", null, "holder S1234567D"))
                .isInstanceOf(InvalidLearnerDataException.class)
                .hasMessageContaining("The note on the unlisted credential \"CompTIA Security+\"")
                .hasMessageContaining("national identity number");
        assertThatThrownBy(() -> new UnlistedEntry("x".repeat(201), null, null))
                .hasMessageContaining("longer than 200 characters");
    }
}
