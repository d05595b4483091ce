package sg.tsa.advisor.summary;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary's two typefaces, DejaVu Sans and DejaVu Sans Bold, embedded (as subsets) in one document, and
 * the measuring and wrapping of text set in them. Characters the fonts lack are printed as "?" rather than
 * failing the whole document. Ligatures are off, so that the text copied or searched in the PDF is the text
 * printed ("Certified", not "Certi\uFB01ed"). Close it once the document is saved.
 */
final class Typography implements AutoCloseable {
    private static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";
    /** The font files are read from the class path once; each document embeds its own subset of them. */
    private static final Map<String, byte[]> FONT_FILES = new HashMap<>();

    private final TrueTypeFont regularFile;
    private final TrueTypeFont boldFile;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    /** A text style: typeface, size and colour (0xRRGGBB), and the height of one line. */
    record Style(boolean bold, float size, int rgb, float leading) {
        Style colour(int otherRgb) {
            return new Style(bold, size, otherRgb, leading);
        }
    }

    Typography(PDDocument document) {
        try {
            this.regularFile = parse(REGULAR_FONT);
            this.boldFile = parse(BOLD_FONT);
            this.regular = PDType0Font.load(document, regularFile, true);
            this.bold = PDType0Font.load(document, boldFile, true);
        } catch (IOException e) {
            throw new UncheckedIOException("the summary's fonts could not be loaded", e);
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fontFile(resource)));
        font.setEnableGsub(false);
        return font;
    }

    @Override
    public void close() {
        try {
            regularFile.close();
            boldFile.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized byte[] fontFile(String resource) throws IOException {
        byte[] bytes = FONT_FILES.get(resource);
        if (bytes == null) {
            try (InputStream in = Typography.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("font " + resource + " is missing from the application");
                }
                bytes = in.readAllBytes();
            }
            FONT_FILES.put(resource, bytes);
        }
        return bytes;
    }

    PDType0Font font(Style style) {
        return style.bold() ? bold : regular;
    }

    /** Text as it can be printed: whitespace runs made single spaces, characters the fonts lack made "?". */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.strip().codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (canPrint(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canPrint(int codePoint) {
        return printable.computeIfAbsent(codePoint, cp -> encodes(regular, cp) && encodes(bold, cp));
    }

    private static boolean encodes(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Width in points of printable {@code text}. */
    float width(String text, Style style) {
        try {
            return font(style).getStringWidth(text) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} broken into lines no wider than {@code width}; a word too long for a line is split. */
    List<String> wrap(String text, Style style, float width) {
        String clean = printable(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, style) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(word, style) > width) {
                int fits = fittingPrefix(word, style, width);
                lines.add(word.substring(0, fits));
                word = word.substring(fits);
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private int fittingPrefix(String word, Style style, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), style) > width) {
                break;
            }
            end = next;
        }
        return end;
    }
}
