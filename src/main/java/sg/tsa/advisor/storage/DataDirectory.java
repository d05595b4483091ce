package sg.tsa.advisor.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the local database and its backups live: {@code --data-dir}, else {@code EXEMPTION_ADVISOR_HOME}, else
 * the platform's per-user application-data folder. Created on first use, readable by its owner only where the
 * file system knows POSIX permissions; a folder that already exists keeps its permissions (decision 0071).
 */
public final class DataDirectory {
    public static final String ENVIRONMENT_VARIABLE = "EXEMPTION_ADVISOR_HOME";
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {
    }

    /** The folder for this process: the option, the environment variable, or the platform default. */
    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Path option, Map<String, String> environment, String osName, Path userHome) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String home = environment.get(ENVIRONMENT_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        return platformDefault(environment, osName, userHome);
    }

    static Path platformDefault(Map<String, String> environment, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? userHome.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("Exemption Advisor");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Exemption Advisor");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("exemption-advisor");
        }
        return userHome.resolve(".local").resolve("share").resolve("exemption-advisor");
    }

    /**
     * Creates {@code directory} owner-only when it does not exist. A folder that exists is used as it is: its
     * permissions are never changed (it may be shared on purpose, or belong to someone else).
     *
     * @param what the folder in words, for the message ("the data folder", "the backups folder")
     * @throws StorageException naming the path and what to do when it is a file, or cannot be created
     */
    public static Path prepare(Path directory, String what) {
        if (Files.isDirectory(directory)) {
            return directory;
        }
        if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException(what + " " + directory + " is a file, not a folder: move that file away, "
                    + "or choose another folder (--data-dir DIR, or the variable " + ENVIRONMENT_VARIABLE + ")");
        }
        try {
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (posix()) {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
            } else {
                Files.createDirectory(directory);
            }
            return directory;
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(directory)) {
                // Another copy starting at the same moment made it between the check above and here.
                return directory;
            }
            throw new StorageException(what + " " + directory + " cannot be created: " + e.getFile()
                    + " is a file, not a folder; move that file away, or choose another folder", e);
        } catch (AccessDeniedException e) {
            throw new StorageException(what + " " + directory + " cannot be created: you may not write in "
                    + e.getFile() + "; choose a folder of your own (--data-dir DIR)", e);
        } catch (IOException e) {
            throw new StorageException(what + " " + directory + " cannot be created (" + e.getMessage() + "); "
                    + "choose another folder (--data-dir DIR)", e);
        }
    }

    /** A new file, readable and writable by the owner only where the platform has POSIX permissions. */
    public static void createPrivateFile(Path file) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } else {
            Files.createFile(file);
        }
    }

    /**
     * Readable and writable by the owner only, for a file this application has just written itself (a backup, a
     * restored copy); never used on a folder or on a file it did not make.
     */
    public static void restrictToOwner(Path file) throws IOException {
        if (!posix() || !Files.isRegularFile(file)) {
            return;
        }
        Files.setPosixFilePermissions(file, OWNER_FILE);
    }

    /**
     * Why nothing can be written in {@code directory} or to {@code file}, or empty when both may be written.
     * The owner's write permission counts as well as the operating system's answer, so that a folder or file its
     * owner marked read-only is treated so even by an administrator.
     */
    public static Optional<String> whyReadOnly(Path directory, Path file) {
        if (!writable(directory)) {
            return Optional.of("the folder " + directory + " may not be written");
        }
        if (Files.exists(file) && !writable(file)) {
            return Optional.of("the file " + file + " may not be written");
        }
        return Optional.empty();
    }

    private static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            return !posix() || Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Warnings about an existing folder that the application will use but not change: readable by other users,
     * or owned by someone else.
     */
    public static List<String> warnings(Path directory) {
        List<String> warnings = new ArrayList<>();
        if (!posix() || !Files.isDirectory(directory)) {
            return warnings;
        }
        try {
            String owner = Files.getOwner(directory).getName();
            String user = System.getProperty("user.name");
            if (!owner.equals(user)) {
                warnings.add("the data folder " + directory + " belongs to " + owner + ", not to you (" + user
                        + "): " + owner + " can read and change the learners' data; use a folder of your own "
                        + "(--data-dir DIR)");
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
            if (permissions.contains(PosixFilePermission.OTHERS_READ)
                    || permissions.contains(PosixFilePermission.GROUP_READ)) {
                warnings.add("the data folder " + directory + " can be read by other users of this computer ("
                        + PosixFilePermissions.toString(permissions) + "); learners' data should be private: "
                        + "run chmod 700 \"" + directory + "\" (the application never changes the permissions "
                        + "of a folder it did not create)");
            }
        } catch (IOException e) {
            warnings.add("the permissions of the data folder " + directory + " cannot be read: " + e.getMessage());
        }
        return warnings;
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
