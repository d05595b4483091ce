package sg.tsa.advisor.storage.catalogue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.report.JsonReport;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.TempFolders;
import sg.tsa.advisor.testing.Seeds;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Import then export gives back the very catalogue, and reading the export again gives the same advice. */
class CatalogueRoundTripProperties {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final AtomicInteger EDITIONS = new AtomicInteger();
    private static Path folder;
    private static Storage storage;

    @BeforeAll
    static void open() throws Exception {
        folder = TempFolders.create("round-trip");
        storage = Storage.open(folder, Clock.systemUTC());
    }

    @AfterAll
    static void close() throws Exception {
        storage.close();
        TempFolders.delete(folder);
    }

    static LongStream seeds() {
        return Seeds.first(60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exportGivesBackWhatWasImported(long seed) throws Exception {
        Catalogue catalogue = withVersion(GeneratedCatalogues.catalogue(new Random(seed)),
                "gen-" + EDITIONS.incrementAndGet());

        ImportResult result = storage.catalogues().importCatalogue(catalogue);
        StringWriter exported = new StringWriter();
        storage.catalogues().export(exported);

        assertThat(result.outcome()).as("seed %d", seed).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(exported.toString()).as("seed %d", seed).isEqualTo(CatalogueWriter.toString(catalogue));
        Catalogue reread = CatalogueReader.read(exported.toString());
        List<HeldCredential> held = holdEvery(catalogue);
        assertThat(JsonReport.render(reread, new ExemptionEngine(reread).advise(new AdviceRequest(held, AS_OF))))
                .as("seed %d", seed).isEqualTo(JsonReport.render(catalogue,
                        new ExemptionEngine(catalogue).advise(new AdviceRequest(held, AS_OF))));
    }

    /** Every other credential, attained at various ages, so some count, some lapse and some are missing. */
    private static List<HeldCredential> holdEvery(Catalogue catalogue) {
        List<HeldCredential> held = new ArrayList<>();
        List<Credential> credentials = catalogue.credentials();
        for (int i = 0; i < credentials.size(); i += 2) {
            held.add(new HeldCredential(credentials.get(i).id(), AS_OF.minusMonths(7L * i)));
        }
        return held;
    }

    static Catalogue withVersion(Catalogue c, String version) {
        return new Catalogue(version, c.publishedOn(), c.institution(), c.contact().orElse(null), c.sources(),
                c.defaultRecencyYears(), c.issuers(), c.credentials(), c.qualifications(), c.rules());
    }
}
