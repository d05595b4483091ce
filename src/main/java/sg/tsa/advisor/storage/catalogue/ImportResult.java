package sg.tsa.advisor.storage.catalogue;

/** What an import did: stored a new edition, or found the very same edition stored already. */
public record ImportResult(Edition edition, Outcome outcome) {
    public enum Outcome {
        /** A new edition was stored (and made active, unless asked to store it only). */
        IMPORTED,
        /** The same version with the same contents was stored already; nothing stored twice (activated if asked). */
        ALREADY_STORED
    }
}
