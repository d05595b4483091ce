package sg.tsa.advisor.summary;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether text can be printed on the summary, and how a line of it is cut into runs of one face and one
 * direction, in the order they are drawn from left to right.
 */
public final class PrintableText {
    /** Part of a line set in one face and one direction ({@code level} odd: right to left). */
    record Run(String text, Face face, int level) {
    }

    private PrintableText() {
    }

    /** The characters of {@code text} that no font of the summary has, each once; empty when it prints whole. */
    public static List<Integer> unprintable(String text) {
        Set<Integer> missing = new LinkedHashSet<>();
        if (text != null) {
            Face previous = null;
            for (int cp : text.codePoints().toArray()) {
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    continue;
                }
                Face face = Face.of(cp, previous);
                if (face == null) {
                    missing.add(cp);
                } else {
                    previous = face;
                }
            }
        }
        return List.copyOf(missing);
    }

    /**
     * {@code text} with each character no font has written out as its code point, "[U+0E2A]": for records that
     * must show everything stored, where refusing the whole document would hide the rest.
     */
    public static String spelledOut(String text) {
        if (text == null || unprintable(text).isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        Face previous = null;
        for (int cp : text.codePoints().toArray()) {
            Face face = Character.isWhitespace(cp) || Character.isISOControl(cp) ? previous : Face.of(cp, previous);
            if (face == null && !Character.isWhitespace(cp) && !Character.isISOControl(cp)) {
                out.append(String.format("[U+%04X]", cp));
            } else {
                out.appendCodePoint(cp);
                previous = face;
            }
        }
        return out.toString();
    }

    /**
     * What is wrong with printing {@code text}, in words for the user, or empty when it prints whole.
     *
     * @param where what the text is, for the message: "The learner's name"
     */
    public static Optional<String> problem(String where, String text) {
        List<Integer> missing = unprintable(text);
        return missing.isEmpty() ? Optional.empty() : Optional.of(message(where, text, missing));
    }

    static String message(String where, String text, List<Integer> missing) {
        return where + " \"" + text + "\" cannot be printed on the summary: it has no font for " + describe(missing)
                + "; write it without " + (missing.size() == 1 ? "that character" : "those characters");
    }

    /**
     * Refuses text the summary cannot print whole.
     *
     * @param where what the text is, for the message: "the learner's name"
     * @throws UnprintableTextException naming the text and the characters it lacks fonts for
     */
    public static void check(String where, String text) {
        List<Integer> missing = unprintable(text);
        if (!missing.isEmpty()) {
            throw new UnprintableTextException(where, text, missing);
        }
    }

    /** "U+1F600 (😀), U+E000" for the user: each code point, and the character itself where it is visible. */
    static String describe(List<Integer> codePoints) {
        return codePoints.stream().map(cp -> {
            String code = String.format("U+%04X", cp);
            int type = Character.getType(cp);
            boolean visible = type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                    && type != Character.SURROGATE && type != Character.FORMAT;
            return visible ? code + " (" + new String(Character.toChars(cp)) + ")" : code;
        }).collect(Collectors.joining(", "));
    }

    /** A line of printable text (see {@link Typography#printable}) as runs in drawing order, left to right. */
    static List<Run> runs(String line) {
        Bidi bidi = Bidi.requiresBidi(line.toCharArray(), 0, line.length())
                ? new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT) : null;
        List<Run> runs = new ArrayList<>();
        Face previous = null;
        int start = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            Face face = Face.of(cp, previous);
            if (face == null) {
                throw new UnprintableTextException("The text", line, List.of(cp));
            }
            if (i > start && (face != previous || level(bidi, i) != level(bidi, start))) {
                runs.add(new Run(line.substring(start, i), previous, level(bidi, start)));
                start = i;
            }
            previous = face;
            i += Character.charCount(cp);
        }
        if (start < line.length()) {
            runs.add(new Run(line.substring(start), previous, level(bidi, start)));
        }
        if (bidi != null && runs.size() > 1) {
            byte[] levels = new byte[runs.size()];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = (byte) runs.get(i).level();
            }
            Run[] ordered = runs.toArray(new Run[0]);
            Bidi.reorderVisually(levels, 0, ordered, 0, ordered.length);
            return List.of(ordered);
        }
        return runs;
    }

    private static int level(Bidi bidi, int index) {
        return bidi == null ? 0 : bidi.getLevelAt(index);
    }
}
