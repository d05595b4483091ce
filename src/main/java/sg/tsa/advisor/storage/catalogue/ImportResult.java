package sg.tsa.advisor.storage.catalogue;

/** What an import did: stored a new edition, or found the very same edition stored already. */
public record ImportResult(Edition edition, Outcome outcome) {
    public enum Outcome {
        /** A new edition was stored and made active. */
        IMPORTED,
        /** The same version with the same contents was stored already; nothing stored twice, it is now active. */
        ALREADY_STORED
    }
}
