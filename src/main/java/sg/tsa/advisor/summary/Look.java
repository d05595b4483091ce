package sg.tsa.advisor.summary;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import sg.tsa.advisor.summary.Typography.Style;

/** The summary's page geometry, colours and type styles, in points (1/72 inch) on A4. */
final class Look {
    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    /** 20 mm either side; inside every printer's unprintable edge. */
    static final float LEFT = 56.7f;
    static final float RIGHT = PAGE_WIDTH - 56.7f;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = PAGE_HEIGHT - 42f;
    static final float BODY_BOTTOM = 54f;
    static final float FOOTER_RULE = 46f;
    static final float FOOTER_BASELINE = 34f;

    static final int INK = 0x1F2328;
    static final int MUTED = 0x57606A;
    static final int ACCENT = 0x0B4F8A;
    static final int RULE = 0xD0D7DE;
    static final int WARNING = 0x9A3412;
    static final int SHADE = 0xF2F4F7;

    static final Style TITLE = new Style(true, 19f, INK, 24f);
    static final Style INSTITUTION = new Style(true, 10.5f, ACCENT, 14f);
    static final Style RUNNING = new Style(false, 8f, MUTED, 11f);
    static final Style RUNNING_BOLD = new Style(true, 8f, ACCENT, 11f);
    static final Style SECTION = new Style(true, 8.5f, ACCENT, 12f);
    static final Style QUALIFICATION = new Style(true, 11.5f, INK, 15f);
    static final Style BODY = new Style(false, 9.5f, INK, 13f);
    static final Style BODY_BOLD = new Style(true, 9.5f, INK, 13f);
    static final Style VALUE = new Style(false, 10f, INK, 14f);
    static final Style SMALL = new Style(false, 8.2f, MUTED, 11f);
    static final Style SMALL_WARNING = new Style(false, 8.2f, WARNING, 11f);
    static final Style NOTE = new Style(false, 8.5f, INK, 11f);
    static final Style NOTE_BOLD = new Style(true, 8.5f, INK, 11f);
    static final Style LABEL = new Style(true, 7.5f, MUTED, 14f);
    static final Style FOOTER = new Style(false, 7.5f, MUTED, 10f);

    private Look() {
    }

    /** Where the baseline of a line of {@code style} sits, for a line box whose top is {@code top}. */
    static float baseline(float top, Style style) {
        float ascent = 0.928f * style.size();
        float content = 1.164f * style.size();
        return top - (style.leading() - content) / 2f - ascent;
    }
}
