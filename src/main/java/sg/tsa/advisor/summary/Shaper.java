package sg.tsa.advisor.summary;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;

/**
 * Shapes a run of text in one of the Noto faces with Java2D's text layout, which applies the font's OpenType
 * rules (Tamil vowel signs placed before their consonant, conjuncts and ligatures; Arabic joining forms, right
 * to left). PDFBox alone writes one glyph per character in text order, which misprints Tamil and Jawi.
 */
final class Shaper {
    /** Unhinted, fractional advances: the font's design metrics, as the PDF uses them. */
    private static final FontRenderContext DESIGN = new FontRenderContext(null, false, true);

    /**
     * A shaped run: glyph ids of the face's font file in drawing order, with their positions and the run's
     * advance in thousandths of the em ({@code y} upwards, as in PDF).
     */
    record Shaped(String text, Face face, boolean bold, int[] glyphs, float[] x, float[] y, float advance) {
    }

    private Shaper() {
    }

    static Shaped shape(String text, Face face, boolean bold) {
        Font font = face.awt(bold);
        char[] chars = text.toCharArray();
        int flags = face.rightToLeft() ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
        GlyphVector vector = font.layoutGlyphVector(DESIGN, chars, 0, chars.length, flags);
        int count = vector.getNumGlyphs();
        int[] glyphs = vector.getGlyphCodes(0, count, null);
        float[] x = new float[count];
        float[] y = new float[count];
        for (int i = 0; i < count; i++) {
            Point2D position = vector.getGlyphPosition(i);
            x[i] = (float) position.getX();
            y[i] = (float) -position.getY();
        }
        float advance = (float) vector.getGlyphPosition(count).getX();
        return new Shaped(text, face, bold, glyphs, x, y, advance);
    }
}
