package sg.tsa.advisor.summary;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text in the Noto faces, shaped by {@link Shaper} and drawn into one document as the shaped glyphs, each at
 * its place. PDFBox can only show characters, one glyph each, so each run is a small form XObject whose content
 * shows the glyph ids themselves; it is marked with the run's text as {@code /ActualText}, so that copying,
 * searching and screen readers get the name as typed. The fonts are loaded into the document when first used
 * and embedded as subsets of the glyphs drawn.
 */
final class ShapedText implements AutoCloseable {
    private record Key(String text, Face face, boolean bold) {
    }

    private final PDDocument document;
    private final Map<String, PDType0Font> fonts = new HashMap<>();
    private final List<TrueTypeFont> files = new ArrayList<>();
    private final Map<Key, Shaper.Shaped> shaped = new HashMap<>();

    ShapedText(PDDocument document) {
        this.document = document;
    }

    /** {@code text} shaped in {@code face}; the same run is shaped once per document. */
    Shaper.Shaped shape(String text, Face face, boolean bold) {
        return shaped.computeIfAbsent(new Key(text, face, bold), k -> Shaper.shape(k.text(), k.face(), k.bold()));
    }

    /** Draws {@code run} with its baseline starting at ({@code x}, {@code baseline}) in the current colour. */
    void draw(PDPageContentStream stream, Shaper.Shaped run, float x, float baseline, float size)
            throws IOException {
        PDType0Font font = font(run.face(), run.bold());
        Set<Integer> glyphs = new HashSet<>();
        for (int glyph : run.glyphs()) {
            glyphs.add(glyph);
        }
        font.addGlyphsToSubset(glyphs);
        // the characters too: their glyphs get entries in the font's ToUnicode map, for text extraction
        run.text().codePoints().forEach(font::addToSubset);
        PDFormXObject form = new PDFormXObject(document);
        PDResources resources = new PDResources();
        COSName name = resources.add(font);
        form.setResources(resources);
        float width = run.advance() / 1000f * size;
        form.setBBox(new PDRectangle(-size, -size, width + 2 * size, 3 * size));
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content(run, font, name, size).getBytes(StandardCharsets.US_ASCII));
        }
        // Tf outside a text object is allowed; it is how PDFBox learns that the font is used, to embed its subset
        stream.setFont(font, size);
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(x, baseline));
        stream.drawForm(form);
        stream.restoreGraphicsState();
    }

    private static String content(Shaper.Shaped run, PDType0Font font, COSName name, float size) {
        StringBuilder content = new StringBuilder(64 + 40 * run.glyphs().length);
        content.append("/Span <</ActualText <FEFF")
                .append(HexFormat.of().withUpperCase().formatHex(run.text().getBytes(StandardCharsets.UTF_16BE)))
                .append(">>> BDC\nBT\n/").append(name.getName()).append(' ').append(number(size)).append(" Tf\n");
        for (int i = 0; i < run.glyphs().length; i++) {
            content.append("1 0 0 1 ").append(number(run.x()[i] / 1000f * size)).append(' ')
                    .append(number(run.y()[i] / 1000f * size)).append(" Tm <")
                    .append(HexFormat.of().formatHex(font.encodeGlyphId(run.glyphs()[i]))).append("> Tj\n");
        }
        return content.append("ET\nEMC\n").toString();
    }

    private static String number(float value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private PDType0Font font(Face face, boolean bold) throws IOException {
        String resource = face.resource(bold);
        PDType0Font font = fonts.get(resource);
        if (font == null) {
            TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBuffer(FontFiles.read(resource)));
            files.add(file);
            font = PDType0Font.load(document, file, true);
            fonts.put(resource, font);
        }
        return font;
    }

    @Override
    public void close() {
        try {
            for (TrueTypeFont file : files) {
                file.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
