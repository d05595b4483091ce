package sg.tsa.advisor.storage.settings;

import sg.tsa.advisor.io.AtomicFiles;
import sg.tsa.advisor.storage.DataDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window's first frame needs from the settings — the theme and the text size — also kept in a small file
 * beside the database ({@value #FILE}), so that the window can be drawn before the database is opened (decision
 * 0145). The database holds the settings; the file is a copy rewritten from it whenever one of the two is stored and
 * whenever the database is opened for writing. A file that is missing, damaged or unreadable gives the defaults,
 * never an error; one that cannot be written is left as it is (the next start draws its first frame with the look
 * it holds, and the stored settings follow once the database is open).
 *
 * @param theme    light or dark
 * @param textSize the window's text size in percent of normal, from {@value SettingsRepository#MIN_TEXT_SIZE} to
 *                 {@value SettingsRepository#MAX_TEXT_SIZE}
 */
public record WindowLook(Theme theme, int textSize) {
    /** The file's name in the data folder. */
    public static final String FILE = "window-look.txt";
    /** What a new data folder starts with, and what a missing or damaged file gives. */
    public static final WindowLook DEFAULTS = new WindowLook(Theme.LIGHT, SettingsRepository.DEFAULT_TEXT_SIZE);
    /** More than the file ever holds; a longer one is damaged and not read further. */
    private static final int MAX_BYTES = 256;

    public WindowLook {
        if (theme == null) {
            throw new IllegalArgumentException("the window's theme is missing");
        }
        if (textSize < SettingsRepository.MIN_TEXT_SIZE || textSize > SettingsRepository.MAX_TEXT_SIZE) {
            throw new IllegalArgumentException("the text size must be from " + SettingsRepository.MIN_TEXT_SIZE
                    + " to " + SettingsRepository.MAX_TEXT_SIZE + " %, not " + textSize);
        }
    }

    /**
     * The look kept in {@code directory}; {@link #DEFAULTS} when there is no file or it cannot be read or
     * understood. Never throws; reads at most a few hundred bytes.
     */
    public static WindowLook read(Path directory) {
        return readFile(directory.resolve(FILE)).orElse(DEFAULTS);
    }

    /** The file's look, or empty when it is missing, unreadable or damaged. */
    private static Optional<WindowLook> readFile(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return bytes.length > MAX_BYTES ? Optional.empty() : parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** {@code theme=light|dark} and {@code text-size=N}, one a line, both present; anything else is damage. */
    static Optional<WindowLook> parse(String text) {
        Theme theme = null;
        Integer textSize = null;
        for (String line : text.split("\n", -1)) {
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            String key = entry.substring(0, equals).strip();
            String value = entry.substring(equals + 1).strip();
            if (key.equals("theme") && theme == null) {
                theme = Theme.ofKey(value).orElse(null);
                if (theme == null) {
                    return Optional.empty();
                }
            } else if (key.equals("text-size") && textSize == null) {
                try {
                    textSize = Integer.valueOf(value);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        if (theme == null || textSize == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowLook(theme, textSize));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a text size out of range
        }
    }

    /** The file's text. */
    String text() {
        return "theme=" + theme.key() + "\ntext-size=" + textSize + "\n";
    }

    /**
     * Keeps this look in {@code directory}'s file, unless the file already holds it. The file is replaced whole
     * ({@link AtomicFiles}), readable and writable by its owner only (decision 0071).
     *
     * @return whether the file was written
     * @throws IOException when it cannot be written; the old file, if any, is then unchanged
     */
    public boolean keepIn(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (readFile(file).filter(this::equals).isPresent()) {
            return false;
        }
        AtomicFiles.write(file, text().getBytes(StandardCharsets.UTF_8));
        DataDirectory.restrictToOwner(file);
        return true;
    }
}
