package sg.tsa.advisor.summary;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static sg.tsa.advisor.summary.Look.*;

/**
 * A plain record as a PDF, with the summary's pages, fonts and footer: a title, then sections of "label: value"
 * lines. Used for what is held about one learner (an access request under the PDPA). Kept apart from the
 * summary's own layout.
 */
public final class RecordPdf {
    private static final float LABEL_WIDTH = 120f;

    /** One section: a heading and its lines, each a label (may be empty) and a value. */
    public record Section(String heading, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    public record Line(String label, String value) {
    }

    private RecordPdf() {
    }

    /**
     * Characters none of the fonts has are written out as their code points ("[U+0E2A]"), so that the record
     * shows everything it holds rather than failing.
     *
     * @param title  the document's title
     * @param footer what the footer says beside the page number (who made it, when)
     */
    public static byte[] create(String institution, String title, String footer, List<Section> sections) {
        return make(PrintableText.spelledOut(institution), PrintableText.spelledOut(title),
                PrintableText.spelledOut(footer), sections.stream().map(section -> new Section(
                        PrintableText.spelledOut(section.heading()), section.lines().stream().map(line -> new Line(
                                PrintableText.spelledOut(line.label()), PrintableText.spelledOut(line.value())))
                        .toList())).toList());
    }

    private static byte[] make(String institution, String title, String footer, List<Section> sections) {
        try (PDDocument document = new PDDocument(); Typography type = new Typography(document)) {
            List<Block> blocks = new ArrayList<>();
            for (Section section : sections) {
                blocks.add(Block.space(10f));
                blocks.add(paragraph(type, section.heading().toUpperCase(java.util.Locale.ROOT), SECTION, 0f)
                        .keptWithNext());
                for (Line line : section.lines()) {
                    blocks.add(line(type, line));
                }
            }
            new PageFlow(document, type, new Frame(institution, title, footer)).lay(blocks);
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Exemption Advisor");
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the record could not be made: " + e.getMessage(), e);
        }
    }

    private static Block line(Typography type, Line line) {
        if (line.label().isEmpty()) {
            return paragraph(type, line.value(), BODY, 0f);
        }
        List<String> label = type.wrap(line.label(), LABEL, LABEL_WIDTH - 6f);
        List<String> value = type.wrap(line.value(), BODY, WIDTH - LABEL_WIDTH);
        float height = Math.max(label.size() * LABEL.leading(), value.size() * BODY.leading());
        return Block.of(height, (canvas, top) -> {
            for (int i = 0; i < label.size(); i++) {
                canvas.text(label.get(i), LEFT, baseline(top - i * LABEL.leading(), LABEL), LABEL);
            }
            for (int i = 0; i < value.size(); i++) {
                canvas.text(value.get(i), LEFT + LABEL_WIDTH, baseline(top - i * BODY.leading(), BODY), BODY);
            }
        });
    }

    private static Block paragraph(Typography type, String words, Typography.Style style, float indent) {
        List<String> lines = type.wrap(words, style, WIDTH - indent);
        return Block.of(lines.size() * style.leading(), (canvas, top) -> {
            for (int i = 0; i < lines.size(); i++) {
                canvas.text(lines.get(i), LEFT + indent, baseline(top - i * style.leading(), style), style);
            }
        });
    }

    private record Frame(String institution, String title, String footer) implements PageFlow.Frame {
        @Override
        public float drawHeader(Canvas canvas, int index) throws IOException {
            Typography type = canvas.type();
            canvas.text(type.printable(institution), LEFT, baseline(TOP, INSTITUTION), INSTITUTION);
            float titleTop = TOP - INSTITUTION.leading() - 2f;
            canvas.text(type.printable(title), LEFT, baseline(titleTop, TITLE), TITLE);
            float rule = titleTop - TITLE.leading() - 6f;
            canvas.line(LEFT, rule, RIGHT, rule, 1.2f, ACCENT);
            return rule - 8f;
        }

        @Override
        public float bodyBottom() {
            return BODY_BOTTOM;
        }

        @Override
        public void drawFooter(Canvas canvas, int index, int count) throws IOException {
            canvas.line(LEFT, FOOTER_RULE, RIGHT, FOOTER_RULE, 0.5f, RULE);
            canvas.text(canvas.type().printable(footer), LEFT, FOOTER_BASELINE, FOOTER);
            canvas.textRight("Page " + (index + 1) + " of " + count, RIGHT, FOOTER_BASELINE, FOOTER);
        }
    }
}
