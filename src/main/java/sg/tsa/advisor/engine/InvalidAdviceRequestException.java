package sg.tsa.advisor.engine;

/** The learner's data cannot be assessed as given; the message names the offending value. */
public final class InvalidAdviceRequestException extends IllegalArgumentException {
    public InvalidAdviceRequestException(String message) {
        super(message);
    }
}
