package sg.tsa.advisor.editions;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.diff.CatalogueDiff;
import sg.tsa.advisor.catalogue.diff.Change;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.InvalidCatalogueException;
import sg.tsa.advisor.catalogue.signing.FileSignature;
import sg.tsa.advisor.impact.CatalogueImpact;
import sg.tsa.advisor.impact.CatalogueImpact.LearnerImpact;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.catalogue.CatalogueStore.StoredVersion;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.storage.catalogue.ImportResult;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The stored catalogue editions and what a new or older edition would change before it is made active: the one
 * way the Catalogue workspace reads, reviews, imports and activates editions. Plain Java; every method may block
 * on the disk or compute for a while (a 20,000-rule edition), so the window calls it in the background.
 */
public final class EditionService {
    /**
     * The stored editions (oldest import first, the active one marked), how many keys this laptop trusts, and why
     * the local data is open read-only (nothing can be imported or activated), or null when it is not.
     */
    public record Shelf(List<Edition> editions, int trustedKeys, String readOnlyReason) {
        public Shelf {
            editions = List.copyOf(editions);
        }
    }

    /**
     * A catalogue file read once and checked.
     *
     * @param catalogue the catalogue when the file is valid, else null
     * @param problems  every problem put into words with its JSON path (the first 200, then how many more), or
     *                  empty when valid
     * @param signature its signature against the trusted keys; null when the file could not be read at all
     * @param bytes     the bytes read: those whose signature was checked are those imported
     * @param stored    whether the file's version is stored already (with the same or other contents); null when
     *                  the file is not valid
     */
    public record FileCheck(Path file, Catalogue catalogue, List<String> problems, FileSignature signature,
                            byte[] bytes, StoredVersion stored) {
        public FileCheck {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return catalogue != null;
        }
    }

    /** What an edition changes against the active one, each change in words. */
    public record Comparison(String activeVersion, List<Change> changes) {
        public Comparison {
            changes = List.copyOf(changes);
        }
    }

    /** The saved consultations an edition would change, of how many there are. */
    public record Impact(int consultations, List<LearnerImpact> learners) {
        public Impact {
            learners = List.copyOf(learners);
        }
    }

    private final Supplier<Storage> storage;

    /** @param storage the open local data; null while it is not open yet */
    public EditionService(Supplier<Storage> storage) {
        this.storage = storage;
    }

    private Storage storage() {
        Storage open = storage.get();
        if (open == null) {
            throw new IllegalStateException("the local data is not open yet; try again in a moment");
        }
        return open;
    }

    public Shelf shelf() {
        Storage open = storage();
        return new Shelf(open.catalogues().editions(), open.trustedKeys().keys().size(),
                open.readOnlyReason().orElse(null));
    }

    /** Reads {@code file} once (bounded), validates it and checks its signature; stores nothing. */
    public FileCheck check(Path file) {
        byte[] bytes;
        try {
            bytes = CatalogueReader.bytes(file);
        } catch (InvalidCatalogueException e) {
            return new FileCheck(file, null, e.lines(), null, null, null);
        }
        Storage open = storage();
        FileSignature signature = FileSignature.check(file, bytes, open.trustedKeys().keys());
        Catalogue catalogue;
        try {
            catalogue = CatalogueReader.read(bytes, "the file " + file);
        } catch (InvalidCatalogueException e) {
            return new FileCheck(file, null, e.lines(), signature, bytes, null);
        }
        return new FileCheck(file, catalogue, List.of(), signature, bytes,
                open.catalogues().storedVersion(catalogue));
    }

    /** A stored edition, whole. */
    public Catalogue stored(String version) {
        return storage().catalogues().edition(version);
    }

    /** What {@code next} adds, removes and changes against the active edition. */
    public Comparison compare(Catalogue next) {
        Catalogue active = storage().catalogues().activeCatalogue();
        return new Comparison(active.version(), CatalogueDiff.between(active, next));
    }

    /** The saved consultations whose exempted modules {@code next} would change, re-advised on their own dates. */
    public Impact impact(Catalogue next) {
        Storage open = storage();
        Catalogue active = open.catalogues().activeCatalogue();
        List<CatalogueImpact.SavedCase> cases = SavedCases.of(open);
        return new Impact(cases.size(), CatalogueImpact.of(active, next, cases));
    }

    /**
     * Stores a valid checked file, and makes it active when {@code activate} (one transaction, after a backup).
     *
     * @param allowUnsigned the person ticked "import as unsigned" for a file not signed by a trusted key
     * @throws IllegalStateException when the file is invalid, or refused for its signature and not allowed
     * @throws sg.tsa.advisor.storage.catalogue.EditionConflictException when another file of that version is stored
     */
    public ImportResult importChecked(FileCheck check, boolean allowUnsigned, boolean activate) {
        if (!check.valid()) {
            throw new IllegalStateException("an invalid catalogue file is never imported");
        }
        String signedBy = check.signature().signerForImport(allowUnsigned);
        return storage().catalogues().importCatalogue(check.catalogue(), signedBy, activate);
    }

    /** Makes the stored edition {@code version} the active one (to roll back or forward), after a backup. */
    public Edition activate(String version) {
        return storage().catalogues().activate(version);
    }
}
