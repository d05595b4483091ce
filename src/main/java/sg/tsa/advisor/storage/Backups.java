package sg.tsa.advisor.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The automatic daily backups, in {@code backups/} of the data folder: one file a day made with SQLite's online
 * backup, the last {@value #KEEP} kept. A backup is written under a temporary name and renamed when whole, so a
 * crash never leaves a half backup that looks like the latest.
 */
public final class Backups {
    public static final int KEEP = 7;
    private static final Pattern NAME = Pattern.compile("exemption-advisor-(\\d{4}-\\d{2}-\\d{2})\\.db");

    /** One backup file and the day it was made. */
    public record Backup(LocalDate day, Path file) {
    }

    private final Path directory;

    public Backups(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Every backup, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "exemption-advisor-*.db")) {
            for (Path file : files) {
                Matcher matcher = NAME.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    sg.tsa.advisor.catalogue.IsoDates.parse(matcher.group(1))
                            .ifPresent(day -> backups.add(new Backup(day, file)));
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot list the backups in " + directory + ": " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::day).reversed());
        return backups;
    }

    public Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    /** Makes today's backup unless there is one already; keeps the newest {@value #KEEP}. */
    public Optional<Backup> makeDaily(Database database, LocalDate today) {
        Path target = directory.resolve("exemption-advisor-" + today + ".db");
        if (Files.exists(target)) {
            return Optional.empty();
        }
        Backup made = make(database, target, today);
        prune();
        return Optional.of(made);
    }

    private Backup make(Database database, Path target, LocalDate day) {
        Path partial = directory.resolve(target.getFileName() + ".partial");
        try {
            DataDirectory.prepare(directory);
            Files.deleteIfExists(partial);
            database.backupTo(partial);
            DataDirectory.restrictToOwner(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Backup(day, target);
        } catch (IOException e) {
            throw new StorageException("cannot write the backup " + target + ": " + e.getMessage(), e);
        }
    }

    private void prune() {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new StorageException("cannot remove the old backup " + old.file() + ": " + e.getMessage(), e);
            }
        }
    }
}
