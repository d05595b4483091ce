package sg.tsa.advisor.catalogue.signing;

import java.nio.file.Path;
import java.util.Collection;

/**
 * Whether a catalogue file may be imported as far as its signature goes, decided the same way for the command
 * line's {@code catalogue import} and for the Catalogue workspace (docs/decisions/0080).
 *
 * @param state  what the check found
 * @param keyId  the trusted key whose signature holds ({@link State#SIGNED}), else null
 * @param reason why the file is refused ({@link State#REFUSED}), naming the file, else null
 */
public record FileSignature(State state, String keyId, String reason) {
    public enum State {
        /** Signed by a trusted key, and the signature holds for the file's exact bytes. */
        SIGNED,
        /** No key is trusted on this laptop: the file imports as before, marked unsigned. */
        NO_KEY_TRUSTED,
        /** Keys are trusted and the file is not signed by one (no signature, another key, or changed since). */
        REFUSED
    }

    /** Checks {@code bytes}, read from {@code file}, against {@code FILE.sig} and the {@code trusted} keys. */
    public static FileSignature check(Path file, byte[] bytes, Collection<PublicSigningKey> trusted) {
        if (trusted.isEmpty()) {
            return new FileSignature(State.NO_KEY_TRUSTED, null, null);
        }
        try {
            return new FileSignature(State.SIGNED, SignatureFiles.signer(file, bytes, trusted).id(), null);
        } catch (SigningException e) {
            return new FileSignature(State.REFUSED, null, e.getMessage());
        }
    }

    /**
     * Who vouches for the edition when it is stored ({@code signed_by}): the key's id, or null for unsigned.
     *
     * @param allowUnsigned whether the person said to import a refused file anyway
     * @throws IllegalStateException when the file is refused and {@code allowUnsigned} is false
     */
    public String signerForImport(boolean allowUnsigned) {
        if (state == State.REFUSED && !allowUnsigned) {
            throw new IllegalStateException("a file not signed by a trusted key is imported only when allowed");
        }
        return keyId;
    }
}
