package sg.tsa.advisor.storage;

import java.nio.file.Path;

/** A write was asked of a database opened read-only because its folder or file may not be written. */
public final class ReadOnlyDataException extends StorageException {
    public ReadOnlyDataException(Path file, String why) {
        super("nothing can be saved: the local data is open read-only because " + why + "; make "
                + file.getParent() + " writable for you and start again, or choose a folder of your own "
                + "(--data-dir DIR)");
    }
}
