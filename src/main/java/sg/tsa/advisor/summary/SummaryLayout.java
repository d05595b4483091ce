package sg.tsa.advisor.summary;

import sg.tsa.advisor.summary.SummaryContent.Earned;
import sg.tsa.advisor.summary.SummaryContent.Field;
import sg.tsa.advisor.summary.SummaryContent.Item;
import sg.tsa.advisor.summary.SummaryContent.QualificationPart;
import sg.tsa.advisor.summary.SummaryContent.Row;
import sg.tsa.advisor.summary.Typography.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static sg.tsa.advisor.summary.Look.*;

/**
 * Turns the summary's words into blocks for {@link PageFlow}: the details grid, one table per qualification
 * (exempted | earned by), the remaining modules in two columns, the lists, the disclaimer and the contact.
 */
final class SummaryLayout {
    private static final float GUTTER = 16f;
    private static final float EXEMPTED_WIDTH = 0.46f * (WIDTH - GUTTER);
    private static final float EARNED_X = LEFT + EXEMPTED_WIDTH + GUTTER;
    private static final float EARNED_WIDTH = RIGHT - EARNED_X;
    private static final float LABEL_WIDTH = 92f;
    private static final float INDENT = 12f;
    private static final float WRITE_ON_WIDTH = 150f;
    private static final float CONTACT_LABEL_WIDTH = 46f;
    private static final float DETAIL_LABEL_WIDTH = 84f;

    private final Typography type;
    private final List<Block> blocks = new ArrayList<>();

    private SummaryLayout(Typography type) {
        this.type = type;
    }

    static List<Block> blocks(SummaryContent content, Typography type) {
        SummaryLayout layout = new SummaryLayout(type);
        layout.details(content);
        layout.exemptions(content);
        layout.list("Further options: one more credential would add", null, content.furtherOptions(), INK);
        layout.list("No longer counting (attained too long ago)", null, content.lapsed(), INK);
        layout.list(sg.tsa.advisor.report.Wording.NOT_LISTED, null, content.notListed(), INK);
        layout.notes(content);
        return layout.blocks;
    }

    /** A paragraph: lines already wrapped to its width. */
    private record Text(List<String> lines, Style style) {
        float height() {
            return lines.size() * style.leading();
        }

        void draw(Canvas canvas, float x, float top) throws java.io.IOException {
            for (int i = 0; i < lines.size(); i++) {
                canvas.text(lines.get(i), x, baseline(top - i * style.leading(), style), style);
            }
        }
    }

    private Text text(String words, Style style, float width) {
        return new Text(type.wrap(words, style, width), style);
    }

    private void details(SummaryContent content) {
        float leftWidth = 0.5f * (WIDTH - 2 * GUTTER);
        Block left = fieldColumn(content.who(), LEFT, leftWidth);
        Block right = fieldColumn(content.when(), LEFT + leftWidth + 2 * GUTTER, WIDTH - 2 * GUTTER - leftWidth);
        blocks.add(Block.of(Math.max(left.height(), right.height()), (canvas, top) -> {
            left.draw(canvas, top);
            right.draw(canvas, top);
        }));
        blocks.add(Block.space(16f));
    }

    /** Label and value rows drawn from {@code x}; a missing value is a line to write on. */
    private Block fieldColumn(List<Field> fields, float x, float width) {
        List<Block> rows = new ArrayList<>();
        for (Field field : fields) {
            Text label = text(field.label().toUpperCase(Locale.UK), LABEL, DETAIL_LABEL_WIDTH);
            Text value = field.value() == null ? null : text(field.value(), VALUE, width - DETAIL_LABEL_WIDTH);
            float height = Math.max(label.height(), value == null ? VALUE.leading() : value.height()) + 4f;
            rows.add(Block.of(height, (canvas, top) -> {
                label.draw(canvas, x, top - (VALUE.leading() - LABEL.leading()) / 2f);
                if (value != null) {
                    value.draw(canvas, x + DETAIL_LABEL_WIDTH, top);
                } else {
                    float y = baseline(top, VALUE) - 1.5f;
                    canvas.line(x + DETAIL_LABEL_WIDTH, y, x + DETAIL_LABEL_WIDTH + WRITE_ON_WIDTH, y, 0.5f, MUTED);
                }
            }));
        }
        return Block.stack(rows);
    }

    private void exemptions(SummaryContent content) {
        sectionHeading("Exemptions by qualification");
        if (content.noExemptions() != null) {
            blocks.add(paragraph(content.noExemptions(), BODY, 0f));
            return;
        }
        boolean first = true;
        for (QualificationPart part : content.qualifications()) {
            if (!first) {
                blocks.add(Block.space(12f));
            }
            first = false;
            qualification(part);
        }
    }

    private void qualification(QualificationPart part) {
        Block heading = paragraph(part.title(), QUALIFICATION, 0f);
        Block tableHeading = tableHeading();
        Block continued = Block.stack(List.of(paragraph(part.title() + " (continued)", QUALIFICATION, 0f),
                Block.space(3f), tableHeading));
        blocks.add(Block.stack(List.of(heading, Block.space(2f), paragraph(part.headline(), BODY, 0f),
                Block.space(3f))).keptWithNext());
        blocks.add(tableHeading.keptWithNext());
        for (Row row : part.rows()) {
            blocks.add(row(row).continuedUnder(continued));
        }
        if (part.hoursSaved() != null) {
            blocks.add(labelled("Hours saved", text(part.hoursSaved(), BODY, WIDTH - LABEL_WIDTH), 6f));
        }
        Text note = text(part.remainingNote(), part.remaining() == null ? SMALL : BODY, WIDTH - LABEL_WIDTH);
        Block remaining = labelled("Remaining", note, part.hoursSaved() == null ? 6f : 0f);
        List<String> modules = part.remaining() == null ? List.of() : part.remaining();
        blocks.add(modules.isEmpty() ? remaining : remaining.keptWithNext());
        Block remainingContinued = Block.stack(List.of(
                paragraph(part.title() + " (continued)", QUALIFICATION, 0f), Block.space(3f),
                labelled("Remaining", text("(continued)", SMALL, WIDTH - LABEL_WIDTH), 0f)));
        float columnWidth = (WIDTH - LABEL_WIDTH - GUTTER) / 2f;
        for (int i = 0; i < modules.size(); i += 2) {
            Text a = text(modules.get(i), BODY, columnWidth);
            Text b = i + 1 < modules.size() ? text(modules.get(i + 1), BODY, columnWidth) : null;
            float height = Math.max(a.height(), b == null ? 0 : b.height()) + 2f;
            blocks.add(Block.of(height, (canvas, top) -> {
                a.draw(canvas, LEFT + LABEL_WIDTH, top);
                if (b != null) {
                    b.draw(canvas, LEFT + LABEL_WIDTH + columnWidth + GUTTER, top);
                }
            }).continuedUnder(remainingContinued));
        }
    }

    private Block tableHeading() {
        float height = 16f;
        return Block.of(height, (canvas, top) -> {
            float base = baseline(top, LABEL);
            canvas.text("EXEMPTED", LEFT, base, LABEL);
            canvas.text("EARNED BY", EARNED_X, base, LABEL);
            canvas.line(LEFT, top - height + 1f, RIGHT, top - height + 1f, 0.8f, MUTED);
        });
    }

    private Block row(Row row) {
        List<Text> left = new ArrayList<>();
        left.add(text(row.title(), BODY_BOLD, EXEMPTED_WIDTH));
        if (!row.kind().equals("Module")) {
            left.add(text("The whole " + row.kind() + " " + (row.includes() == null ? "" : row.includes()), SMALL,
                    EXEMPTED_WIDTH));
        }
        if (row.lapses() != null) {
            left.add(text("⚠ " + row.lapses(), SMALL_WARNING, EXEMPTED_WIDTH));
        }
        List<Text> right = new ArrayList<>();
        for (Earned earned : row.earnedBy()) {
            right.add(text(earned.credential(), BODY, EARNED_WIDTH));
            right.add(text(earned.dates(), earned.lapsesFirst() ? SMALL_WARNING : SMALL, EARNED_WIDTH));
        }
        float pad = 5f;
        float height = Math.max(height(left), height(right)) + 2 * pad;
        return Block.of(height, (canvas, top) -> {
            draw(canvas, left, LEFT, top - pad);
            draw(canvas, right, EARNED_X, top - pad);
            canvas.line(LEFT, top - height, RIGHT, top - height, 0.4f, RULE);
        });
    }

    private static float height(List<Text> texts) {
        return (float) texts.stream().mapToDouble(Text::height).sum();
    }

    private static void draw(Canvas canvas, List<Text> texts, float x, float top) throws java.io.IOException {
        float y = top;
        for (Text text : texts) {
            text.draw(canvas, x, y);
            y -= text.height();
        }
    }

    /** A small capitals label in the left margin column, with its text beside it. */
    private Block labelled(String label, Text value, float spaceAbove) {
        Text labelText = text(label.toUpperCase(Locale.UK), LABEL, LABEL_WIDTH);
        float height = spaceAbove + Math.max(value.height(), BODY.leading()) + 2f;
        return Block.of(height, (canvas, top) -> {
            float y = top - spaceAbove;
            labelText.draw(canvas, LEFT, y - (BODY.leading() - LABEL.leading()) / 2f);
            value.draw(canvas, LEFT + LABEL_WIDTH, y);
        });
    }

    private void list(String heading, String intro, List<Item> items, int colour) {
        if (items.isEmpty()) {
            return;
        }
        blocks.add(Block.space(12f));
        sectionHeading(heading);
        if (intro != null) {
            blocks.add(Block.stack(List.of(paragraph(intro, BODY.colour(colour), 0f), Block.space(4f)))
                    .keptWithNext());
        }
        for (Item item : items) {
            Text main = text(item.main(), BODY, WIDTH - INDENT);
            Text detail = text(item.detail(), SMALL, WIDTH - INDENT);
            blocks.add(Block.of(main.height() + detail.height() + 4f, (canvas, top) -> {
                canvas.text("•", LEFT + 2f, baseline(top, BODY), BODY.colour(colour));
                main.draw(canvas, LEFT + INDENT, top);
                detail.draw(canvas, LEFT + INDENT, top - main.height());
            }));
        }
    }

    /** The disclaimer and the next steps with the contact, side by side, kept together on one page. */
    private void notes(SummaryContent content) {
        float columnWidth = (WIDTH - GUTTER) / 2f;
        float rightX = LEFT + columnWidth + GUTTER;
        float pad = 6f;
        Text disclaimer = text(content.disclaimer(), NOTE, columnWidth - 2 * pad);
        List<Text> right = new ArrayList<>();
        right.add(text(content.nextSteps(), NOTE, columnWidth));
        List<Text> contactLabels = new ArrayList<>();
        if (content.contactName() != null) {
            right.add(text(content.contactName(), NOTE_BOLD, columnWidth));
            contactLabels.add(null);
        }
        for (Field field : content.contact()) {
            right.add(text(field.value(), NOTE, columnWidth - CONTACT_LABEL_WIDTH));
            contactLabels.add(text(field.label().toUpperCase(Locale.UK), LABEL, CONTACT_LABEL_WIDTH));
        }
        Text leftHeading = text("PLEASE NOTE", SECTION, columnWidth);
        Text rightHeading = text("NEXT STEPS", SECTION, columnWidth);
        float headingHeight = leftHeading.height() + 10f;
        float rightHeight = height(right) + 3f * (right.size() - 1);
        float height = headingHeight + Math.max(disclaimer.height() + 2 * pad, rightHeight);
        blocks.add(Block.space(12f));
        blocks.add(Block.of(height, (canvas, top) -> {
            leftHeading.draw(canvas, LEFT, top);
            rightHeading.draw(canvas, rightX, top);
            float rule = top - leftHeading.height() - 2f;
            canvas.line(LEFT, rule, LEFT + columnWidth, rule, 0.6f, ACCENT);
            canvas.line(rightX, rule, RIGHT, rule, 0.6f, ACCENT);
            float y = top - headingHeight;
            canvas.fill(LEFT, y - disclaimer.height() - 2 * pad, columnWidth, disclaimer.height() + 2 * pad, SHADE);
            disclaimer.draw(canvas, LEFT + pad, y - pad);
            right.get(0).draw(canvas, rightX, y);
            y -= right.get(0).height() + 3f;
            for (int i = 1; i < right.size(); i++) {
                Text label = contactLabels.get(i - 1);
                if (label == null) {
                    right.get(i).draw(canvas, rightX, y);
                } else {
                    label.draw(canvas, rightX, y - (NOTE.leading() - LABEL.leading()) / 2f);
                    right.get(i).draw(canvas, rightX + CONTACT_LABEL_WIDTH, y);
                }
                y -= right.get(i).height() + 3f;
            }
        }));
    }

    private void sectionHeading(String title) {
        Text text = text(title.toUpperCase(Locale.UK), SECTION, WIDTH);
        float height = text.height() + 10f;
        blocks.add(Block.of(height, (canvas, top) -> {
            text.draw(canvas, LEFT, top);
            canvas.line(LEFT, top - text.height() - 2f, RIGHT, top - text.height() - 2f, 0.6f, ACCENT);
        }).keptWithNext());
    }

    private Block paragraph(String words, Style style, float indent) {
        Text text = text(words, style, WIDTH - indent);
        return Block.of(text.height(), (canvas, top) -> text.draw(canvas, LEFT + indent, top));
    }
}
