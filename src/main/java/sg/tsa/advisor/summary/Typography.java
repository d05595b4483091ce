package sg.tsa.advisor.summary;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary's typefaces embedded (as subsets) in one document, and the measuring and wrapping of text set in
 * them: DejaVu Sans and DejaVu Sans Bold for most text, and for names in Tamil, Chinese or Jawi the Noto faces
 * of {@link Face}, shaped ({@link ShapedText}). Text with a character no face has is refused
 * ({@link UnprintableTextException}), never printed with "?" in its place. DejaVu's ligatures are off, so that
 * the text copied or searched in the PDF is the text printed ("Certified", not "Certi\uFB01ed"). Close it once
 * the document is saved.
 */
final class Typography implements AutoCloseable {
    private final TrueTypeFont regularFile;
    private final TrueTypeFont boldFile;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final ShapedText shaped;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    /** Per character below U+0590: 0 not yet known, 1 always DejaVu Sans, 2 not always. */
    private final byte[] plainChars = new byte[0x0590];

    /** A text style: typeface, size and colour (0xRRGGBB), and the height of one line. */
    record Style(boolean bold, float size, int rgb, float leading) {
        Style colour(int otherRgb) {
            return new Style(bold, size, otherRgb, leading);
        }
    }

    Typography(PDDocument document) {
        try {
            this.regularFile = parse(Face.DEJAVU.resource(false));
            this.boldFile = parse(Face.DEJAVU.resource(true));
            this.regular = PDType0Font.load(document, regularFile, true);
            this.bold = PDType0Font.load(document, boldFile, true);
            this.shaped = new ShapedText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("the summary's fonts could not be loaded", e);
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FontFiles.read(resource)));
        font.setEnableGsub(false);
        return font;
    }

    @Override
    public void close() {
        try {
            regularFile.close();
            boldFile.close();
            shaped.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font font(Style style) {
        return style.bold() ? bold : regular;
    }

    /**
     * Text as it can be printed: whitespace runs made single spaces.
     *
     * @throws UnprintableTextException when no face has one of its characters
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> missing = new ArrayList<>();
        text.strip().codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (canPrint(cp)) {
                out.appendCodePoint(cp);
            } else if (!missing.contains(cp)) {
                missing.add(cp);
            }
        });
        if (!missing.isEmpty()) {
            throw new UnprintableTextException("The text", text.strip(), missing);
        }
        return out.toString();
    }

    private boolean canPrint(int codePoint) {
        return printable.computeIfAbsent(codePoint, cp -> {
            Face face = Face.of(cp, null);
            return face != null && (face != Face.DEJAVU || encodes(regular, cp) && encodes(bold, cp));
        });
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
        float width = 0;
        for (PrintableText.Run run : runs(text)) {
            width += width(run, style);
        }
        return width;
    }

    /**
     * A line of printable text as runs in drawing order (see {@link PrintableText#runs}); most lines are all
     * DejaVu Sans, known from the characters seen before without cutting the line up.
     */
    List<PrintableText.Run> runs(String line) {
        boolean plain = true;
        for (int i = 0; i < line.length() && plain; i++) {
            char c = line.charAt(i);
            plain = c < plainChars.length && plainFace(c);
        }
        return plain ? List.of(new PrintableText.Run(line, Face.DEJAVU, 0)) : PrintableText.runs(line);
    }

    /** Whether {@code c} (below U+0590: Latin, Greek, Cyrillic, Armenian) is printed in DejaVu Sans in any context. */
    private boolean plainFace(char c) {
        if (plainChars[c] == 0) {
            plainChars[c] = (byte) (Character.getType(c) != Character.NON_SPACING_MARK
                    && Face.of(c, null) == Face.DEJAVU && canPrint(c) ? 1 : 2);
        }
        return plainChars[c] == 1;
    }

    /** Width in points of one run of printable text. */
    float width(PrintableText.Run run, Style style) {
        if (run.face().shaped()) {
            return shaped(run, style).advance() / 1000f * style.size();
        }
        try {
            return font(style).getStringWidth(run.text()) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run in one of the shaped faces, shaped in the weight of {@code style}. */
    Shaper.Shaped shaped(PrintableText.Run run, Style style) {
        return shaped.shape(run.text(), run.face(), style.bold());
    }

    ShapedText shapedText() {
        return shaped;
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
