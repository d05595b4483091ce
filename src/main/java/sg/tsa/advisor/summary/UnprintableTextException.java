package sg.tsa.advisor.summary;

import java.util.List;

/**
 * Text holds characters that none of the summary's fonts can show. The summary is not made, rather than
 * printing a name with "?" or empty boxes in place of some of its characters.
 */
public final class UnprintableTextException extends IllegalArgumentException {
    private final String text;
    private final List<Integer> codePoints;

    UnprintableTextException(String where, String text, List<Integer> codePoints) {
        super(PrintableText.message(where, text, codePoints));
        this.text = text;
        this.codePoints = List.copyOf(codePoints);
    }

    /** The text as given. */
    public String text() {
        return text;
    }

    /** The characters no font of the summary has, each once, in the order they occur. */
    public List<Integer> codePoints() {
        return codePoints;
    }
}
