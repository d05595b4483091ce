package sg.tsa.advisor.storage.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.Storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The copy of the theme and text size beside the database that the window's first frame is drawn with. */
class WindowLookTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path file() {
        return temp.resolve(WindowLook.FILE);
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void noFileGivesTheDefaults() {
        assertThat(WindowLook.read(temp)).isEqualTo(WindowLook.DEFAULTS)
                .isEqualTo(new WindowLook(Theme.LIGHT, 100));
        assertThat(WindowLook.read(temp.resolve("no such folder"))).isEqualTo(WindowLook.DEFAULTS);
    }

    @Test
    void aDamagedFileGivesTheDefaultsWithoutComplaint() throws IOException {
        for (String damaged : new String[]{"", "theme=dark", "text-size=115", "theme=purple\ntext-size=115\n",
                "theme=dark\ntext-size=big\n", "theme=dark\ntext-size=400\n", "theme=dark\ntext-size=20\n",
                "theme=dark\ntext-size=115\ncolour=red\n", "theme dark\ntext-size=115\n", "\0\0\0\0\0\0\0",
                "theme=dark\ntext-size=115\n" + " ".repeat(300)}) {
            Files.writeString(file(), damaged, StandardCharsets.UTF_8);

            assertThat(WindowLook.read(temp)).as("read from %s", damaged).isEqualTo(WindowLook.DEFAULTS);
        }
        Files.delete(file());
        Files.createDirectory(file());
        assertThat(WindowLook.read(temp)).as("a folder where the file should be").isEqualTo(WindowLook.DEFAULTS);
    }

    @Test
    void whatIsKeptIsReadBackAndAFileWithSpacesOrWindowsLineEndsIsUnderstood() throws IOException {
        assertThat(new WindowLook(Theme.DARK, 175).keepIn(temp)).isTrue();
        assertThat(Files.readString(file())).isEqualTo("theme=dark\ntext-size=175\n");
        assertThat(WindowLook.read(temp)).isEqualTo(new WindowLook(Theme.DARK, 175));

        Files.writeString(file(), "text-size = 130\r\n theme = Light\r\n");
        assertThat(WindowLook.read(temp)).isEqualTo(new WindowLook(Theme.LIGHT, 130));
    }

    @Test
    void theFileIsTheOwnersOnlyAndReplacedWholeLeavingNothingBeside() throws IOException {
        assumeThat(Files.getFileStore(temp).supportsFileAttributeView("posix")).isTrue();
        Files.writeString(file(), "theme=light\ntext-size=100\n");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        new WindowLook(Theme.DARK, 100).keepIn(temp);

        assertThat(permissions(file())).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void anUnchangedLookIsNotWrittenAgain() throws IOException {
        assertThat(new WindowLook(Theme.DARK, 115).keepIn(temp)).isTrue();
        assertThat(new WindowLook(Theme.DARK, 115).keepIn(temp)).isFalse();
        assertThat(new WindowLook(Theme.DARK, 130).keepIn(temp)).isTrue();
    }

    @Test
    void aFolderThatMayNotBeWrittenKeepsItsOldFile() throws IOException {
        assumeThat(Files.getFileStore(temp).supportsFileAttributeView("posix")).isTrue();
        new WindowLook(Theme.DARK, 115).keepIn(temp);
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeThat(Files.isWritable(temp)).as("not running as root").isFalse();
            assertThatThrownBy(() -> new WindowLook(Theme.LIGHT, 100).keepIn(temp)).isInstanceOf(IOException.class);
            assertThat(WindowLook.read(temp)).isEqualTo(new WindowLook(Theme.DARK, 115));
        } finally {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFileThatCannotBeReplacedFailsLeavingNothingBeside() throws IOException {
        Files.createDirectories(file().resolve("something"));

        assertThatThrownBy(() -> new WindowLook(Theme.DARK, 115).keepIn(temp)).isInstanceOf(IOException.class);

        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(file());
        }
        assertThat(WindowLook.read(temp)).isEqualTo(WindowLook.DEFAULTS);
    }

    @Test
    void aLookOutsideTheStoredRangeIsRefusedByName() {
        assertThatThrownBy(() -> new WindowLook(Theme.DARK, 301))
                .hasMessage("the text size must be from 50 to 300 %, not 301");
    }

    @Test
    void storingTheThemeOrTheTextSizeRewritesTheFileFromTheDatabase() {
        Path folder = temp.resolve("data");
        try (Storage storage = Storage.open(folder, CLOCK)) {
            assertThat(WindowLook.read(folder)).isEqualTo(WindowLook.DEFAULTS);
            assertThat(folder.resolve(WindowLook.FILE)).as("written when the database was made").exists();

            storage.settings().setTheme(Theme.DARK);
            assertThat(WindowLook.read(folder)).isEqualTo(new WindowLook(Theme.DARK, 100));

            storage.settings().setTextSize(150);
            assertThat(WindowLook.read(folder)).isEqualTo(new WindowLook(Theme.DARK, 150));
            assertThat(storage.settings().windowLook()).isEqualTo(new WindowLook(Theme.DARK, 150));
        }
    }

    @Test
    void openingTheDatabaseRewritesAMissingOrDamagedFile() throws IOException {
        Path folder = temp.resolve("data");
        try (Storage storage = Storage.open(folder, CLOCK)) {
            storage.settings().setTheme(Theme.DARK);
            storage.settings().setTextSize(130);
        }
        Files.writeString(folder.resolve(WindowLook.FILE), "theme=light\ntext-size=100\n");
        Storage.open(folder, CLOCK).close();
        assertThat(WindowLook.read(folder)).as("a stale copy").isEqualTo(new WindowLook(Theme.DARK, 130));

        Files.delete(folder.resolve(WindowLook.FILE));
        Storage.open(folder, CLOCK).close();
        assertThat(WindowLook.read(folder)).as("a lost copy").isEqualTo(new WindowLook(Theme.DARK, 130));
    }

    @Test
    void aDatabaseOpenReadOnlyWritesNoFile() throws IOException {
        assumeThat(Files.getFileStore(temp).supportsFileAttributeView("posix")).isTrue();
        Path folder = temp.resolve("data");
        try (Storage storage = Storage.open(folder, CLOCK)) {
            storage.settings().setTheme(Theme.DARK);
        }
        Files.delete(folder.resolve(WindowLook.FILE));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try (Storage storage = Storage.open(folder, CLOCK)) {
            assertThat(storage.readOnlyReason()).isPresent();
            storage.settings().keepWindowLook();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        assertThat(folder.resolve(WindowLook.FILE)).doesNotExist();
    }
}
