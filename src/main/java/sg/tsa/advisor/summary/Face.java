package sg.tsa.advisor.summary;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The typefaces of the summary: DejaVu Sans for Latin, Greek, Cyrillic and symbols, and Noto fonts for the
 * scripts Singapore learners' names are also written in: Tamil, Chinese (Simplified and Traditional Han) and
 * Jawi (Arabic script). The Noto faces are shaped by Java2D before they are printed (see {@link Shaper}); the Han
 * face has one weight, so bold Han text is printed in the regular weight.
 */
enum Face {
    DEJAVU("/fonts/DejaVuSans.ttf", "/fonts/DejaVuSans-Bold.ttf", null, false),
    TAMIL("/fonts/NotoSansTamil-Regular.ttf", "/fonts/NotoSansTamil-Bold.ttf", UnicodeScript.TAMIL, false),
    HAN("/fonts/NotoSansCJKsc-Names-Regular.ttf", "/fonts/NotoSansCJKsc-Names-Regular.ttf", UnicodeScript.HAN,
            false),
    JAWI("/fonts/NotoSansArabic-Jawi-Regular.ttf", "/fonts/NotoSansArabic-Jawi-Bold.ttf", UnicodeScript.ARABIC,
            true);

    /**
     * The Noto fonts carry a format 14 character map (variation sequences), which FontBox skips with a warning on
     * standard error each time a font is read: harmless for names, and noise on the command line. Held here so that
     * the level set on it stays (java.util.logging keeps its loggers weakly).
     */
    private static final java.util.logging.Logger CMAP_LOG = quiet("org.apache.fontbox.ttf.CmapSubtable");
    private static final Map<Face, Font[]> AWT_FONTS = new EnumMap<>(Face.class);
    private static final Map<String, CmapLookup> CMAPS = new HashMap<>();

    private final String regular;
    private final String bold;
    private final UnicodeScript script;
    private final boolean rightToLeft;

    Face(String regular, String bold, UnicodeScript script, boolean rightToLeft) {
        this.regular = regular;
        this.bold = bold;
        this.script = script;
        this.rightToLeft = rightToLeft;
    }

    String resource(boolean boldWeight) {
        return boldWeight ? bold : regular;
    }

    /** Whether text in this face is written right to left (its runs are shaped so). */
    boolean rightToLeft() {
        return rightToLeft;
    }

    /** Whether text in this face goes through Java2D's shaping; DejaVu text is printed character by character. */
    boolean shaped() {
        return this != DEJAVU;
    }

    /** Whether both weights have a glyph for {@code codePoint}. */
    boolean has(int codePoint) {
        return cmap(regular).getGlyphId(codePoint) > 0 && cmap(bold).getGlyphId(codePoint) > 0;
    }

    /**
     * The character map of a font file, read once: asking it is much cheaper than loading the font into Java2D,
     * which only the shaped faces need, and only when text in them is printed.
     */
    private static CmapLookup cmap(String resource) {
        synchronized (CMAPS) {
            CmapLookup cmap = CMAPS.get(resource);
            if (cmap == null) {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FontFiles.read(resource)))) {
                    cmap = font.getUnicodeCmapLookup();
                } catch (IOException e) {
                    throw new UncheckedIOException("the summary's font " + resource + " could not be read", e);
                }
                CMAPS.put(resource, cmap);
            }
            return cmap;
        }
    }

    /**
     * The face a character is printed in: its script's Noto face, DejaVu Sans where it has the character, else
     * the face of the character before it (so that combining marks and joiners stay in their run), else any
     * face that has it; null when none has it.
     */
    static Face of(int codePoint, Face previous) {
        UnicodeScript scriptOf = UnicodeScript.of(codePoint);
        for (Face face : values()) {
            if (face.script == scriptOf && face.has(codePoint)) {
                return face;
            }
        }
        if (scriptOf == UnicodeScript.INHERITED && previous != null && previous.has(codePoint)) {
            return previous;
        }
        if (DEJAVU.has(codePoint)) {
            return DEJAVU;
        }
        if (previous != null && previous.has(codePoint)) {
            return previous;
        }
        for (Face face : values()) {
            if (face.has(codePoint)) {
                return face;
            }
        }
        return null;
    }

    /** This face as a Java2D font of size 1000 (one unit a thousandth of the em, as in PDF glyph space). */
    Font awt(boolean boldWeight) {
        synchronized (AWT_FONTS) {
            Font[] fonts = AWT_FONTS.get(this);
            if (fonts == null) {
                Font regularFont = load(regular);
                fonts = new Font[] {regularFont, regular.equals(bold) ? regularFont : load(bold)};
                AWT_FONTS.put(this, fonts);
            }
            return fonts[boldWeight ? 1 : 0];
        }
    }

    private static Font load(String resource) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(FontFiles.read(resource)))
                    .deriveFont(1000f);
        } catch (IOException e) {
            throw new UncheckedIOException("the summary's font " + resource + " could not be loaded", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the summary's font " + resource + " is damaged", e);
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }
}
