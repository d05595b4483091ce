package sg.tsa.advisor.storage;

/** The local database could not do what was asked; the message is meant for the person at the keyboard. */
public class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
