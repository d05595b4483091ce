package sg.tsa.advisor.evidence;

import java.util.Objects;

/** The outcome of checking a file's proofs: a level and, in words, what was checked. */
record Checked(Verification level, String detail) {
    Checked {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(detail, "detail");
    }

    static Checked of(Verification level, String detail) {
        return new Checked(level, detail);
    }
}
