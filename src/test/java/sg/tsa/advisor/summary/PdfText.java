package sg.tsa.advisor.summary;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reading back what a summary PDF says, as text with whitespace made single spaces, and where it says it. */
public final class PdfText {
    /** One printed character: its page (1-based), left edge, right edge and baseline, in points from bottom left. */
    record Glyph(int page, String text, float left, float right, float baseline) {
    }

    private PdfText() {
    }

    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(document));
        }
    }

    static String page(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return flat(stripper.getText(document));
        }
    }

    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float height = p.getPageHeight();
                        glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                                p.getXDirAdj() + p.getWidthDirAdj(), height - p.getYDirAdj()));
                    }
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
