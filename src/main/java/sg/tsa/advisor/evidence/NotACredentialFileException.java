package sg.tsa.advisor.evidence;

/** A file that cannot be read as a credential file; the message says why, for the counsellor. */
public final class NotACredentialFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotACredentialFileException(String message) {
        super(message);
    }
}
