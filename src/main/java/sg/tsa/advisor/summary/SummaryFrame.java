package sg.tsa.advisor.summary;

import java.io.IOException;

import static sg.tsa.advisor.summary.Look.*;

/**
 * The header and footer of the summary's pages: the institution and title (large on the first page, a running
 * line on the others), and "Page X of N" with the generated-at stamp and the catalogue edition.
 */
final class SummaryFrame implements PageFlow.Frame {
    private final SummaryContent content;
    SummaryFrame(SummaryContent content) {
        this.content = content;
    }

    @Override
    public float drawHeader(Canvas canvas, int index) throws IOException {
        Typography type = canvas.type();
        if (index == 0) {
            canvas.text(type.printable(content.institution()), LEFT, baseline(TOP, INSTITUTION), INSTITUTION);
            if (content.contactName() != null) {
                canvas.textRight(content.contactName(), RIGHT, baseline(TOP, INSTITUTION) + 0.5f, RUNNING);
            }
            float titleTop = TOP - INSTITUTION.leading() - 2f;
            canvas.text(type.printable(content.title()), LEFT, baseline(titleTop, TITLE), TITLE);
            float rule = titleTop - TITLE.leading() - 6f;
            canvas.line(LEFT, rule, RIGHT, rule, 1.2f, ACCENT);
            return rule - 14f;
        }
        String institution = type.printable(content.institution());
        float base = baseline(TOP, RUNNING);
        canvas.text(institution, LEFT, base, RUNNING_BOLD);
        String title = "   ·   " + type.printable(content.title());
        canvas.text(title, LEFT + type.width(institution, RUNNING_BOLD), base, RUNNING);
        canvas.textRight(content.running(), RIGHT, base, RUNNING);
        float rule = TOP - RUNNING.leading() - 4f;
        canvas.line(LEFT, rule, RIGHT, rule, 0.6f, RULE);
        return rule - 14f;
    }

    @Override
    public float bodyBottom() {
        return BODY_BOTTOM;
    }

    @Override
    public void drawFooter(Canvas canvas, int index, int count) throws IOException {
        canvas.line(LEFT, FOOTER_RULE, RIGHT, FOOTER_RULE, 0.5f, RULE);
        canvas.text(canvas.type().printable(content.generated()) + "   ·   " + canvas.type().printable(content.edition()), LEFT,
                FOOTER_BASELINE, FOOTER);
        canvas.textRight("Page " + (index + 1) + " of " + count, RIGHT, FOOTER_BASELINE, FOOTER);
    }
}
