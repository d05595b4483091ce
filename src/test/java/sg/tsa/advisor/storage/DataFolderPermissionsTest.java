package sg.tsa.advisor.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.learner.LearnerDetails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The data folder: made owner-only when new, never changed when it exists, read-only when it may not be written. */
class DataFolderPermissionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T01:12:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewFolderAndItsFilesAreTheOwnersOnly() throws Exception {
        Path folder = temp.resolve("new/data");
        try (Storage storage = Storage.open(folder, CLOCK)) {
            assertThat(storage.warnings()).isEmpty();
            assertThat(storage.readOnlyReason()).isEmpty();
        }
        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(folder.resolve(Storage.DATABASE_FILE))).isEqualTo("rw-------");
        assertThat(permissions(folder.resolve(Storage.BACKUP_FOLDER))).isEqualTo("rwx------");
    }

    @Test
    void anExistingSharedFolderKeepsItsPermissionsAndTheUserIsWarned() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));

        try (Storage storage = Storage.open(shared, CLOCK)) {
            assertThat(storage.warnings()).singleElement().asString()
                    .startsWith("the data folder " + shared + " can be read by other users of this computer "
                            + "(rwxr-xr-x)").contains("chmod 700");
        }
        assertThat(permissions(shared)).isEqualTo("rwxr-xr-x");
    }

    @Test
    void aFolderOwnedBySomeoneElseIsNotChangedAndTheUserIsToldWhose() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("theirs"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwx---"));
        UserPrincipal nobody;
        try {
            nobody = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(folder, nobody);
        } catch (Exception e) {
            assumeThat(e).as("changing a folder's owner needs root").isNull();
            return;
        }

        try (Storage storage = Storage.open(folder, CLOCK)) {
            assertThat(storage.warnings()).anySatisfy(w -> assertThat(w)
                    .startsWith("the data folder " + folder + " belongs to nobody, not to you"));
        }
        assertThat(Files.getOwner(folder)).isEqualTo(nobody);
        assertThat(permissions(folder)).isEqualTo("rwxrwx---");
    }

    @Test
    void aReadOnlyFolderOpensReadOnlyAndStaysSo() throws Exception {
        Path folder = temp.resolve("data");
        try (Storage storage = Storage.open(folder, CLOCK)) {
            storage.learners().create(new LearnerDetails("Tan Wei Ling", null, null, null));
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            try (Storage storage = Storage.open(folder, CLOCK)) {
                assertThat(storage.readOnlyReason()).contains("the folder " + folder + " may not be written");
                assertThat(storage.learners().search("", 10)).extracting(l -> l.name()).containsExactly("Tan Wei Ling");
                assertThatThrownBy(() -> storage.learners().create(new LearnerDetails("Lim", null, null, null)))
                        .isInstanceOf(ReadOnlyDataException.class)
                        .hasMessage("nothing can be saved: the local data is open read-only because the folder "
                                + folder + " may not be written; make " + folder + " writable for you and start "
                                + "again, or choose a folder of your own (--data-dir DIR)");
            }
            assertThat(permissions(folder)).isEqualTo("r-x------");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aReadOnlyDatabaseFileOpensReadOnly() throws Exception {
        Path folder = temp.resolve("data");
        Storage.open(folder, CLOCK).close();
        Path file = folder.resolve(Storage.DATABASE_FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        byte[] before = Files.readAllBytes(file);

        try (Storage storage = Storage.open(folder, CLOCK)) {
            assertThat(storage.readOnlyReason()).contains("the file " + file + " may not be written");
            assertThat(storage.catalogues().activeCatalogue().credentials()).isNotEmpty();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(permissions(file)).isEqualTo("r--------");
    }

    @Test
    void aReadOnlyFolderWithoutADatabaseSaysWhatToDo() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("empty"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));

        assertThatThrownBy(() -> Storage.open(folder, CLOCK)).isInstanceOf(StorageException.class)
                .hasMessage("there is no database in " + folder + " yet, and none can be created because the folder "
                        + folder + " may not be written: make the folder writable for you, or choose a folder of "
                        + "your own (--data-dir DIR)");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamedWithWhatToDo() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "not a folder");
        Path folder = Files.createDirectories(temp.resolve("data"));
        Files.writeString(folder.resolve(Storage.BACKUP_FOLDER), "someone's file");

        assertThatThrownBy(() -> Storage.open(file, CLOCK)).hasMessage("the data folder " + file + " is a file, not "
                + "a folder: move that file away, or choose another folder (--data-dir DIR, or the variable "
                + "EXEMPTION_ADVISOR_HOME)");
        assertThatThrownBy(() -> Storage.open(folder, CLOCK)).hasMessage("the 'backups' folder of the data folder, "
                + folder.resolve("backups") + ", is a file, not a folder: the application keeps its backups there; "
                + "move that file somewhere else, then start again");
        assertThat(folder.resolve(Storage.DATABASE_FILE)).doesNotExist();
        assertThat(file).hasContent("not a folder");
    }
}
