package sg.tsa.advisor.storage.catalogue;

import sg.tsa.advisor.storage.StorageException;

import java.util.List;

/** No edition of that version is stored. Nothing was changed. */
public final class UnknownEditionException extends StorageException {
    public UnknownEditionException(String version, List<String> stored) {
        super("no catalogue edition \"" + version + "\" is stored" + (stored.isEmpty() ? ""
                : "; stored editions: " + String.join(", ", stored)));
    }
}
