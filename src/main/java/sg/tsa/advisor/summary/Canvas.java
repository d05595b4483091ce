package sg.tsa.advisor.summary;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.List;

/** Drawing on one page: text on a baseline, lines and filled rectangles, in points from the bottom left. */
final class Canvas {
    private final PDPageContentStream stream;
    private final Typography type;

    Canvas(PDPageContentStream stream, Typography type) {
        this.stream = stream;
        this.type = type;
    }

    Typography type() {
        return type;
    }

    /**
     * One line of already printable text with its baseline at {@code baseline}: its runs in DejaVu Sans shown as
     * text, its runs in the shaped faces as their shaped glyphs, each where the one before ends.
     */
    void text(String text, float x, float baseline, Typography.Style style) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        colour(style.rgb());
        float left = x;
        List<PrintableText.Run> runs = type.runs(text);
        for (PrintableText.Run run : runs) {
            if (run.face().shaped()) {
                type.shapedText().draw(stream, type.shaped(run, style), left, baseline, style.size());
            } else {
                stream.beginText();
                stream.setFont(type.font(style), style.size());
                stream.newLineAtOffset(left, baseline);
                stream.showText(run.text());
                stream.endText();
            }
            if (runs.size() > 1) {
                left += type.width(run, style);
            }
        }
    }

    /** One line of text whose right edge is at {@code right}. */
    void textRight(String text, float right, float baseline, Typography.Style style) throws IOException {
        String printable = type.printable(text);
        text(printable, right - type.width(printable, style), baseline, style);
    }

    void line(float x1, float y1, float x2, float y2, float width, int rgb) throws IOException {
        stream.setStrokingColor(red(rgb), green(rgb), blue(rgb));
        stream.setLineWidth(width);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void fill(float x, float y, float width, float height, int rgb) throws IOException {
        colour(rgb);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    private void colour(int rgb) throws IOException {
        stream.setNonStrokingColor(red(rgb), green(rgb), blue(rgb));
    }

    private static float red(int rgb) {
        return ((rgb >> 16) & 0xFF) / 255f;
    }

    private static float green(int rgb) {
        return ((rgb >> 8) & 0xFF) / 255f;
    }

    private static float blue(int rgb) {
        return (rgb & 0xFF) / 255f;
    }
}
