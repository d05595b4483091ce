package sg.tsa.advisor.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void writesTheWholeContentAndLeavesNothingElseBehind() throws IOException {
        Path target = folder.resolve("summary.pdf");
        AtomicFiles.write(target, new byte[]{1, 2, 3});
        AtomicFiles.writeText(folder.resolve("catalogue.json"), out -> out.write("{\"ü\": 1}"));

        assertThat(target).hasBinaryContent(new byte[]{1, 2, 3});
        assertThat(folder.resolve("catalogue.json")).hasContent("{\"ü\": 1}");
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileWholeAndNoPartialFile() throws IOException {
        Path target = folder.resolve("catalogue.json");
        Files.writeString(target, "old edition");

        assertThatThrownBy(() -> AtomicFiles.writeText(target, out -> {
            out.write("half of the new");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old edition");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }
}
