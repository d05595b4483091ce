package sg.tsa.advisor.storage.settings;

import sg.tsa.advisor.storage.Database;
import sg.tsa.advisor.storage.learner.PersonalData;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's settings (table {@code settings}, one row). Writes go through the database's single writer, each in
 * one transaction; every method may block on the disk: call it from a background task.
 */
public final class SettingsRepository {
    public static final int DEFAULT_RETENTION_MONTHS = 24;
    public static final int MAX_RETENTION_MONTHS = 1200;
    /** The text size in percent; what may be stored is wider than the steps the window offers today. */
    public static final int DEFAULT_TEXT_SIZE = 100;
    public static final int MIN_TEXT_SIZE = 50;
    public static final int MAX_TEXT_SIZE = 300;

    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    public Settings load() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT counsellor_name, theme FROM settings WHERE singleton = 1");
                 ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Settings.DEFAULTS;
                }
                Theme theme = Theme.ofKey(row.getString("theme")).orElse(Theme.LIGHT);
                return new Settings(Optional.ofNullable(row.getString("counsellor_name")), theme);
            }
        });
    }

    public Optional<String> counsellorName() {
        return load().counsellorName();
    }

    public Theme theme() {
        return load().theme();
    }

    /**
     * Stores the counsellor's name, stripped; blank forgets it (summaries leave it blank).
     *
     * @return the name as stored, or empty when forgotten
     * @throws InvalidSettingException when the name is too long or seems to hold a national identity number
     */
    public Optional<String> setCounsellorName(String name) {
        List<String> problems = problemsWithCounsellorName(name);
        if (!problems.isEmpty()) {
            throw new InvalidSettingException(problems);
        }
        String stored = PersonalData.optional(name);
        database.write(connection -> upsert(connection, """
                INSERT INTO settings (singleton, counsellor_name) VALUES (1, ?)
                ON CONFLICT (singleton) DO UPDATE SET counsellor_name = excluded.counsellor_name""", stored));
        return Optional.ofNullable(stored);
    }

    /** Why {@code name} may not be stored as the counsellor's name; empty when it may (blank may: it forgets). */
    public static List<String> problemsWithCounsellorName(String name) {
        List<String> problems = new ArrayList<>();
        PersonalData.checkText("the counsellor's name", PersonalData.optional(name), PersonalData.MAX_NAME, problems);
        return problems;
    }

    /** Learners are kept this many months after their last consultation (migration V7; 24 unless changed). */
    public int retentionMonths() {
        return intSetting("retention_months", DEFAULT_RETENTION_MONTHS);
    }

    /** @throws InvalidSettingException when {@code months} is not between 1 and 1200 */
    public void setRetentionMonths(int months) {
        if (months < 1 || months > MAX_RETENTION_MONTHS) {
            throw new InvalidSettingException(List.of("the retention period must be from 1 to "
                    + MAX_RETENTION_MONTHS + " months, not " + months));
        }
        setIntSetting("retention_months", months);
    }

    /** The window's text size in percent of normal (migration V12; 100 unless changed). */
    public int textSize() {
        return intSetting("text_size", DEFAULT_TEXT_SIZE);
    }

    /** @throws InvalidSettingException when {@code percent} is not from 50 to 300 */
    public void setTextSize(int percent) {
        if (percent < MIN_TEXT_SIZE || percent > MAX_TEXT_SIZE) {
            throw new InvalidSettingException(List.of("the text size must be from " + MIN_TEXT_SIZE + " to "
                    + MAX_TEXT_SIZE + " %, not " + percent));
        }
        setIntSetting("text_size", percent);
        keepWindowLook();
    }

    public void setTheme(Theme theme) {
        database.write(connection -> upsert(connection, """
                INSERT INTO settings (singleton, theme) VALUES (1, ?)
                ON CONFLICT (singleton) DO UPDATE SET theme = excluded.theme""", theme.key()));
        keepWindowLook();
    }

    /** The theme and the text size as stored: what the window's first frame is drawn with (decision 0145). */
    public WindowLook windowLook() {
        return new WindowLook(theme(), textSize()); // the column's CHECK keeps the text size in range
    }

    /**
     * Rewrites the window-look file beside the database from what is stored, when it differs ({@link WindowLook}).
     * The file is a copy: when it cannot be written the setting stays stored all the same, and the window reads it
     * from here once the database is open; a database open read-only writes nothing.
     */
    public void keepWindowLook() {
        if (database.readOnlyReason().isPresent()) {
            return;
        }
        Path folder = database.file().toAbsolutePath().getParent();
        try {
            windowLook().keepIn(folder);
        } catch (IOException | RuntimeException e) {
            // a copy only: the database holds the setting, and the next start reads it there after its first frame
        }
    }

    /** One whole-number setting; {@code column} is always one of this class's own column names, never input. */
    private int intSetting(String column, int unset) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + column + " FROM settings WHERE singleton = 1");
                 ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : unset;
            }
        });
    }

    private void setIntSetting(String column, int value) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("INSERT INTO settings (singleton, " + column
                    + ") VALUES (1, ?) ON CONFLICT (singleton) DO UPDATE SET " + column + " = excluded." + column)) {
                update.setInt(1, value);
                return update.executeUpdate();
            }
        });
    }

    private static int upsert(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            return statement.executeUpdate();
        }
    }

    /** The longest folder path remembered for "Save as PDF" (migration V14). */
    public static final int MAX_FOLDER_PATH = 4096;

    /** The folder a summary PDF was last saved in (migration V14); empty when none is remembered. */
    public Optional<Path> lastPdfFolder() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT last_pdf_folder FROM settings WHERE singleton = 1");
                 ResultSet row = query.executeQuery()) {
                String folder = row.next() ? row.getString(1) : null;
                return folder == null ? Optional.<Path>empty() : Optional.of(Path.of(folder));
            }
        });
    }

    /**
     * Remembers the folder a summary PDF was saved in, as an absolute path.
     *
     * @throws InvalidSettingException when the path is longer than {@value #MAX_FOLDER_PATH} characters or seems to
     *                                 hold a national identity number (nothing is remembered then)
     */
    public void setLastPdfFolder(Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        List<String> problems = new ArrayList<>();
        PersonalData.checkText("the path of the folder", path, MAX_FOLDER_PATH, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettingException(problems);
        }
        database.write(connection -> upsert(connection, """
                INSERT INTO settings (singleton, last_pdf_folder) VALUES (1, ?)
                ON CONFLICT (singleton) DO UPDATE SET last_pdf_folder = excluded.last_pdf_folder""", path));
    }
}
