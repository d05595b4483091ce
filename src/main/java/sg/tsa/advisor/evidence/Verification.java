package sg.tsa.advisor.evidence;

import java.util.Locale;

/** How far a credential file can be trusted, as the command-line contract words it. */
public enum Verification {
    /** A signature valid under a key that the catalogue or the user trusts for that issuer. */
    VERIFIED,
    /** The file's own proof holds, but who issued it cannot be confirmed offline. */
    INTACT,
    /** Nothing in the file can be checked offline. */
    UNVERIFIABLE,
    /** A signature or an integrity proof is present and fails: the file is never counted. */
    ALTERED;

    /** The word used in reports: verified, intact, unverifiable, altered. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
