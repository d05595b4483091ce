package sg.tsa.advisor.evidence;

/** The kinds of credential file read. */
public enum EvidenceFormat {
    OPEN_BADGES_2("open-badges-2", "Open Badges 2.0 badge"),
    OPEN_BADGES_3("open-badges-3", "Open Badges 3.0 credential"),
    OPENCERTS("opencerts", "OpenCerts certificate");

    private final String code;
    private final String description;

    EvidenceFormat(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The value of {@code format} in {@code evidence inspect --json}. */
    public String code() {
        return code;
    }

    /** Words for people, e.g. "Open Badges 2.0 badge". */
    public String description() {
        return description;
    }
}
