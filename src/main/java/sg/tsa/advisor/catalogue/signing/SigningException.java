package sg.tsa.advisor.catalogue.signing;

/** A key or signature file that cannot be used, or a signature that does not hold; the message says why. */
public final class SigningException extends Exception {
    public SigningException(String message) {
        super(message);
    }
}
