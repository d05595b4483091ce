package sg.tsa.advisor.storage.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.CredentialMatch;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.testing.CatalogueBuilder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A catalogue's credential matches survive storing, reopening the database and exporting. */
class CredentialMatchesStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void matchesAreStoredAndReadBackInOrder() {
        Catalogue catalogue = CatalogueBuilder.catalogue().credentials("a", "b", "c")
                .setJson("$.credentials[0].matches", "[{\"credlyTemplate\": \"0e8a3b2c-5d9f-4e61-a1b7-2f3c4d5e6f70\"},"
                        + " {\"achievementId\": \"urn:uuid:7bd1d8a4-6a1f-4c8e-9b0f-0c2a3b4d5e6f\"}]")
                .setJson("$.credentials[2].matches", "[{\"openCerts\": {\"store\": "
                        + "\"0x007d40224f6562461633ccfbaffd359ebb2fc9ba\", \"name\": \"Diploma in IT\"}}]")
                .set("$.version", "with-matches").build();

        try (Storage storage = Storage.open(temp.resolve("data"), CLOCK)) {
            storage.catalogues().importCatalogue(catalogue);
        }
        try (Storage reopened = Storage.open(temp.resolve("data"), CLOCK)) {
            Catalogue stored = reopened.catalogues().activeCatalogue();

            assertThat(stored.credential("a").orElseThrow().matches()).containsExactly(
                    new CredentialMatch.CredlyTemplate("0e8a3b2c-5d9f-4e61-a1b7-2f3c4d5e6f70"),
                    new CredentialMatch.AchievementId("urn:uuid:7bd1d8a4-6a1f-4c8e-9b0f-0c2a3b4d5e6f"));
            assertThat(stored.credential("b").orElseThrow().matches()).isEmpty();
            assertThat(CatalogueWriter.toString(stored)).isEqualTo(CatalogueWriter.toString(catalogue));
        }
    }
}
