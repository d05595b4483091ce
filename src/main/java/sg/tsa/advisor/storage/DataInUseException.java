package sg.tsa.advisor.storage;

import java.nio.file.Path;

/** Another running copy of the application held the data for longer than this one was willing to wait. */
public final class DataInUseException extends StorageException {
    public DataInUseException(Path dataLocation, Throwable cause) {
        super("the data in " + dataLocation + " is in use by another copy of Exemption Advisor; "
                + "try again when it has finished, or close the other copy", cause);
    }
}
