package sg.tsa.advisor.cli;

import java.util.List;

/** Input the user can correct: the command exits with status 2 and one {@code error:} line per message. */
public final class BadInputException extends RuntimeException {
    private final transient List<String> messages;

    public BadInputException(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    public BadInputException(String message) {
        this(List.of(message));
    }

    public List<String> messages() {
        return messages;
    }
}
