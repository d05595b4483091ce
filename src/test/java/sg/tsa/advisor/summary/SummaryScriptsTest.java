package sg.tsa.advisor.summary;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Names written in Chinese, Tamil and Jawi print as themselves on the summary. */
class SummaryScriptsTest {
    private static final String SIMPLIFIED = "陈伟玲";
    private static final String TRADITIONAL = "陳偉玲";
    private static final String TAMIL = "தமிழ்செல்வி";
    private static final String JAWI = "نور عائشة";

    private static byte[] summary(String learner, String counsellor) {
        SummaryRequest typical = SummaryCases.typical();
        return SummaryPdf.create(new SummaryRequest(typical.catalogue(), typical.advice(), learner, counsellor,
                SummaryCases.GENERATED));
    }

    @Test
    void chineseNamesAreTextInThePdfAndTamilAndJawiNamesCarryTheirTextAsTyped() throws IOException {
        byte[] pdf = summary(SIMPLIFIED + " " + TRADITIONAL + " Tan Wei Ling", TAMIL + " " + JAWI);

        String text = PdfText.of(pdf);
        assertThat(text).contains("LEARNER " + SIMPLIFIED + " " + TRADITIONAL + " Tan Wei Ling")
                .doesNotContain("?");
        assertThat(String.join("|", actualTexts(pdf))).contains(TAMIL, "نور", "عائشة");
    }

    @Test
    void everyFontIsEmbeddedAsASubsetAndTheDocumentStaysSmall() throws IOException {
        byte[] pdf = summary(SIMPLIFIED + " " + TRADITIONAL, TAMIL + " " + JAWI);

        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDFont font : fonts(document)) {
                names.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches(Pattern.compile("[A-Z]{6}\\+.*"));
                int length = ((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()
                        .getCOSObject().getInt(COSName.LENGTH1);
                assertThat(length).as("%s's embedded program", font.getName()).isLessThan(60_000);
            }
        }
        assertThat(names).anyMatch(n -> n.endsWith("+NotoSansCJKsc-Regular"))
                .anyMatch(n -> n.endsWith("+NotoSansTamil-Regular"))
                .anyMatch(n -> n.endsWith("+NotoSansArabic-Regular"));
        assertThat(pdf.length).isLessThan(100_000);
    }

    @Test
    void tamilAndJawiAreDrawnShapedAsJava2DLaysThemOutAndPdfBoxAloneWouldNot() throws IOException {
        for (String[] name : new String[][] {{TAMIL, "/fonts/NotoSansTamil-Regular.ttf"},
                {"நொகுடீக்ஷ", "/fonts/NotoSansTamil-Regular.ttf"}, {"عائشة", "/fonts/NotoSansArabic-Jawi-Regular.ttf"},
                {SIMPLIFIED + TRADITIONAL, "/fonts/NotoSansCJKsc-Names-Regular.ttf"}}) {
            Face face = Face.of(name[0].codePointAt(0), null);
            BufferedImage reference = javaTwoD(name[0], face.awt(false));

            BufferedImage printed = printed(name[0], null);

            assertThat(overlap(printed, reference)).as(name[0]).isGreaterThan(0.85);
            if (face != Face.HAN) {
                assertThat(overlap(printed(name[0], name[1]), reference)).as("PDFBox alone: " + name[0])
                        .isLessThan(0.7);
            }
        }
    }

    @Test
    void aNameWithACharacterNoFontHasIsRefusedNamingTheCharacter() {
        assertThatThrownBy(() -> summary("Somchai สมชาย", "Lim"))
                .isInstanceOf(UnprintableTextException.class)
                .hasMessage("The learner's name \"Somchai สมชาย\" cannot be printed on the summary: "
                        + "it has no font for U+0E2A (ส), U+0E21 (ม), U+0E0A (ช), U+0E32 (า), U+0E22 (ย); "
                        + "write it without those characters");
        assertThatThrownBy(() -> summary("Tan", "Lim \uE000 \uE000"))
                .isInstanceOf(UnprintableTextException.class)
                .hasMessageStartingWith("The counsellor's name \"Lim \uE000 \uE000\"")
                .hasMessageEndingWith("no font for U+E000; write it without that character");
        assertThat(PrintableText.unprintable(TAMIL + " " + JAWI + " " + SIMPLIFIED + " Ñandú Ωμέγα")).isEmpty();
    }

    @Test
    void aRecordOfWhatIsHeldShowsEveryCharacterEvenOnesNoFontHas() throws IOException {
        byte[] pdf = RecordPdf.create("Temasek Polytechnic", "What we hold about " + SIMPLIFIED, "Made today",
                List.of(new RecordPdf.Section("The learner", List.of(new RecordPdf.Line("Name", SIMPLIFIED),
                        new RecordPdf.Line("Notes", "prefers สม, called " + TAMIL)))));

        assertThat(PdfText.of(pdf)).contains("What we hold about " + SIMPLIFIED, "Name " + SIMPLIFIED,
                "Notes prefers [U+0E2A][U+0E21], called " + TAMIL);
    }

    @Test
    void aLongNameInHanOrTamilIsMeasuredAndWrappedInsideItsColumn() throws IOException {
        String longHan = (SIMPLIFIED + TRADITIONAL).repeat(6);
        try (PDDocument document = new PDDocument(); Typography type = new Typography(document)) {
            for (String text : List.of(longHan, (TAMIL + " ").repeat(4).strip())) {
                List<String> lines = type.wrap(text, Look.VALUE, 150f);

                assertThat(lines).hasSizeGreaterThan(1)
                        .allSatisfy(line -> assertThat(type.width(line, Look.VALUE)).isBetween(1f, 150f));
                assertThat(String.join(text.contains(" ") ? " " : "", lines)).isEqualTo(text);
            }
            assertThat(type.width(SIMPLIFIED, Look.VALUE)).isEqualTo(3 * Look.VALUE.size());
        }

        String printed = PdfText.of(summary(longHan, TAMIL));
        assertThat(printed.replace(" ", "")).contains("LEARNER" + longHan + "COUNSELLOR" + TAMIL);
    }

    /** The text given as {@code /ActualText} of marked content, in pages and in the forms they draw. */
    private static List<String> actualTexts(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                collect(extractor.getMarkedContents(), texts);
            }
        }
        return texts;
    }

    private static void collect(List<PDMarkedContent> contents, List<String> texts) {
        for (PDMarkedContent content : contents) {
            if (content.getActualText() != null) {
                texts.add(content.getActualText());
            }
            for (Object child : content.getContents()) {
                if (child instanceof PDMarkedContent nested) {
                    collect(List.of(nested), texts);
                }
            }
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            fonts(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void fonts(PDResources resources, List<PDFont> fonts) throws IOException {
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (fonts.stream().noneMatch(f -> f.getCOSObject() == font.getCOSObject())) {
                fonts.add(font);
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fonts(form.getResources(), fonts);
            }
        }
    }

    private static final float SIZE = 24f;
    private static final int SCALE = 3;
    private static final int WIDTH = 200;
    private static final int HEIGHT = 50;
    private static final float BASELINE = 16f;

    /**
     * {@code text} drawn by the summary's own canvas on a small page and rendered; with {@code pdfBoxFont}, drawn
     * instead as PDFBox alone draws text in that font (its own glyph substitution, no reordering).
     */
    private static BufferedImage printed(String text, String pdfBoxFont) throws IOException {
        try (PDDocument document = new PDDocument(); Typography type = new Typography(document)) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            Typography.Style style = new Typography.Style(false, SIZE, 0x000000, SIZE);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                if (pdfBoxFont == null) {
                    new Canvas(stream, type).text(type.printable(text), 10f, BASELINE, style);
                } else {
                    TrueTypeFont file = new TTFParser().parse(
                            new RandomAccessReadBuffer(FontFiles.read(pdfBoxFont)));
                    stream.beginText();
                    stream.setFont(PDType0Font.load(document, file, true), SIZE);
                    stream.newLineAtOffset(10f, BASELINE);
                    stream.showText(text);
                    stream.endText();
                }
            }
            try (PDDocument saved = Loader.loadPDF(save(document))) {
                return new PDFRenderer(saved).renderImage(0, SCALE);
            }
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** The reference: {@code text} laid out and drawn by Java2D in the same font, size and place. */
    private static BufferedImage javaTwoD(String text, Font font) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        new TextLayout(text, font.deriveFont(SIZE * SCALE), g.getFontRenderContext())
                .draw(g, 10f * SCALE, (HEIGHT - BASELINE) * SCALE);
        g.dispose();
        return image;
    }

    /** Intersection over union of the inked pixels of two images of the same size. */
    private static double overlap(BufferedImage a, BufferedImage b) {
        int both = 0;
        int either = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                boolean inkA = (a.getRGB(x, y) & 0xFF) < 128;
                boolean inkB = (b.getRGB(x, y) & 0xFF) < 128;
                both += inkA && inkB ? 1 : 0;
                either += inkA || inkB ? 1 : 0;
            }
        }
        return either == 0 ? 0 : (double) both / either;
    }
}
