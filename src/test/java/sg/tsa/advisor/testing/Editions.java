package sg.tsa.advisor.testing;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.HeldEntry;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.learner.Visit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Editions of the shipped catalogue, catalogue files and saved consultations for tests of editions. */
public final class Editions {
    private Editions() {
    }

    /** The shipped catalogue as edition {@code version}, without the rules that ask for {@code credentialId}. */
    public static Catalogue without(String credentialId, String version) {
        Catalogue shipped = ShippedCatalogue.load();
        List<Rule> rules = shipped.rules().stream().filter(rule -> {
            Set<String> ids = new HashSet<>();
            rule.requires().collectCredentialIds(ids);
            return !ids.contains(credentialId);
        }).toList();
        if (rules.size() == shipped.rules().size()) {
            throw new IllegalArgumentException("no shipped rule asks for " + credentialId);
        }
        return new Catalogue(version, shipped.publishedOn(), shipped.institution(), shipped.contact().orElse(null),
                shipped.sources(), shipped.defaultRecencyYears(), shipped.issuers(), shipped.credentials(),
                shipped.qualifications(), rules);
    }

    /** Writes {@code catalogue} in the catalogue format to {@code VERSION.json} in {@code folder}. */
    public static Path file(Path folder, Catalogue catalogue) throws IOException {
        Path file = folder.resolve(catalogue.version() + ".json");
        Files.writeString(file, CatalogueWriter.toString(catalogue));
        return file;
    }

    /** Saves a consultation of a new learner holding one credential, assessed on {@code asOf}. */
    public static void consultation(Storage storage, LearnerDetails learner, String credentialId, LocalDate attained,
                                    LocalDate asOf) {
        storage.consultations().record(new Visit(null, learner, List.of(new HeldEntry(credentialId, attained, null)),
                Instant.now(), null, asOf, null, "2026.11", "{}"));
    }
}
