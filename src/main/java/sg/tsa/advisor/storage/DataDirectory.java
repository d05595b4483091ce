package sg.tsa.advisor.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the local database and its backups live: {@code --data-dir}, else {@code EXEMPTION_ADVISOR_HOME}, else
 * the platform's per-user application-data folder. Created on first use, readable by its owner only where the
 * file system knows POSIX permissions.
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

    /** Creates the folder (and its parents) when missing and makes it private to its owner. */
    public static Path prepare(Path directory) throws IOException {
        Files.createDirectories(directory);
        restrictToOwner(directory);
        return directory;
    }

    /** Readable and writable by the owner only, where the platform has POSIX permissions; else left as is. */
    public static void restrictToOwner(Path path) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix") || !Files.exists(path)) {
            return;
        }
        Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_DIRECTORY : OWNER_FILE);
    }
}
