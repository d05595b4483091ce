package sg.tsa.advisor.storage.catalogue;

import sg.tsa.advisor.storage.StorageException;

/** A different catalogue with the same version is stored already. Nothing was changed. */
public final class EditionConflictException extends StorageException {
    public EditionConflictException(String version) {
        super("version \"" + version + "\" is already stored with different contents; nothing was imported "
                + "(give the new file a version of its own)");
    }
}
