package sg.tsa.advisor.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The automatic backups, in {@code backups/} of the data folder, made with SQLite's online backup: one a day at
 * the first healthy start ({@code exemption-advisor-DATE.db}, the newest {@value #KEEP} kept), and one just before
 * each migration or catalogue activation ({@code exemption-advisor-DATE'T'TIME-before-WHAT.db}, kept while they
 * are newer than the oldest daily one, at most {@value #KEEP_BEFORE_CHANGE}). A backup is written under a temporary
 * name and renamed when whole, so a crash never leaves a half backup that looks like the latest; its file time is
 * the moment it was taken. Only a start that opened a healthy database prunes: a run of damaged starts makes no
 * backup and so can never age out the last good one.
 */
public final class Backups {
    public static final int KEEP = 7;
    public static final int KEEP_BEFORE_CHANGE = 5;
    private static final Pattern NAME = Pattern.compile(
            "exemption-advisor-(\\d{4}-\\d{2}-\\d{2})(T\\d{2}-\\d{2}-\\d{2}-before-[a-z]+)?\\.db");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss");

    /**
     * One backup file: the day it was made, when it was taken, and whether it is a daily one (else made before a
     * migration or an activation).
     */
    public record Backup(LocalDate day, Instant takenAt, Path file, boolean daily) {
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
                    Instant taken = Files.getLastModifiedTime(file).toInstant();
                    sg.tsa.advisor.catalogue.IsoDates.parse(matcher.group(1))
                            .ifPresent(day -> backups.add(new Backup(day, taken, file, matcher.group(2) == null)));
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot list the backups in " + directory + ": " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::takenAt).thenComparing(Backup::day).reversed());
        return backups;
    }

    public Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    /** Makes today's backup unless there is one already; then prunes. */
    public Optional<Backup> makeDaily(Database database, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Path target = directory.resolve("exemption-advisor-" + today + ".db");
        if (Files.exists(target)) {
            return Optional.empty();
        }
        Backup made = make(database, target, clock, true);
        prune();
        return Optional.of(made);
    }

    /**
     * A backup just before a change that cannot be undone by the application itself.
     *
     * @param what the change, one lower-case word: "migration", "activation"
     */
    public Backup makeBefore(Database database, String what, Clock clock) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Backup made = make(database, directory.resolve("exemption-advisor-" + stamp + "-before-" + what + ".db"),
                clock, false);
        prune();
        return made;
    }

    private Backup make(Database database, Path target, Clock clock, boolean daily) {
        Instant now = clock.instant();
        Path partial = directory.resolve(target.getFileName() + ".partial");
        try {
            DataDirectory.prepare(directory, "the backups folder");
            Files.deleteIfExists(partial);
            database.backupTo(partial);
            DataDirectory.restrictToOwner(partial);
            Files.setLastModifiedTime(partial, FileTime.from(now));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Backup(LocalDate.now(clock), now, target, daily);
        } catch (IOException e) {
            throw new StorageException("cannot write the backup " + target + ": " + e.getMessage(), e);
        }
    }

    /** The newest {@value #KEEP} daily backups, and the newest others taken since the oldest of those. */
    private void prune() {
        List<Backup> all = list();
        List<Backup> daily = all.stream().filter(Backup::daily).toList();
        List<Backup> doomed = new ArrayList<>(daily.subList(Math.min(KEEP, daily.size()), daily.size()));
        Instant oldestKept = daily.isEmpty() ? Instant.MIN : daily.get(Math.min(KEEP, daily.size()) - 1).takenAt();
        List<Backup> others = all.stream().filter(b -> !b.daily()).toList();
        for (int i = 0; i < others.size(); i++) {
            if (i >= KEEP_BEFORE_CHANGE || others.get(i).takenAt().isBefore(oldestKept)) {
                doomed.add(others.get(i));
            }
        }
        for (Backup old : doomed) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new StorageException("cannot remove the old backup " + old.file() + ": " + e.getMessage(), e);
            }
        }
    }
}
