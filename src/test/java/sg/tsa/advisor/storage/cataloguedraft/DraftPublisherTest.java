package sg.tsa.advisor.storage.cataloguedraft;

import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.draft.DraftDocument;
import sg.tsa.advisor.catalogue.draft.JsonPath;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.catalogue.signing.PublicSigningKey;
import sg.tsa.advisor.catalogue.signing.SignatureFiles;
import sg.tsa.advisor.catalogue.signing.SigningKeys;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.storage.catalogue.ImportResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Publishing a draft onto real files, key files and a real data folder. */
class DraftPublisherTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private Storage open() {
        return Storage.open(dir.resolve("data"), CLOCK);
    }

    private static DraftPublisher publisher(Storage storage) {
        return new DraftPublisher(storage.catalogues(), storage.trustedKeys());
    }

    @Test
    void suggestsThisMonthThenTheNextFreeNumberOfIt() {
        assertThat(DraftPublisher.suggestVersion(List.of("2026.11"), TODAY)).isEqualTo("2026.12");
        assertThat(DraftPublisher.suggestVersion(List.of("2026.12", "2026.12.1"), TODAY)).isEqualTo("2026.12.2");
    }

    @Test
    void aDraftWithProblemsIsRefusedWithThemAndNothingIsWritten() throws Exception {
        DraftDocument draft = DraftDocument.of(ShippedCatalogue.load());
        draft.set(JsonPath.of("credentials", 0, "issuer"), new JsonPrimitive("nobody"));
        Path file = dir.resolve("edition.json");
        try (Storage storage = open()) {
            PublishRefusedException refused = catchThrowableOfType(PublishRefusedException.class,
                    () -> publisher(storage).publish(draft.snapshot(),
                    new DraftPublisher.Request(file, "2026.12", TODAY, null, true)));

            assertThat(refused.reasons().get(0)).isEqualTo("the draft has 1 problem; nothing written:");
            assertThat(refused.reasons().get(1)).startsWith("$.credentials[0].issuer: unknown issuer \"nobody\"");
            assertThat(Files.exists(file)).isFalse();
            assertThat(storage.catalogues().editions()).extracting(Edition::version).containsExactly(
                    ShippedCatalogue.load().version());
        }
    }

    @Test
    void publishesSignsAndActivatesAsTheCommandLineImportWould() throws Exception {
        Path key = dir.resolve("office.key");
        PublicSigningKey publicKey = SigningKeys.generate(key);
        Path file = dir.resolve("edition.json");
        try (Storage storage = open()) {
            storage.trustedKeys().add(publicKey);
            DraftPublisher.Published published = publisher(storage).publish(
                    DraftDocument.of(ShippedCatalogue.load()).snapshot(),
                    new DraftPublisher.Request(file, "2026.12", TODAY, key, true));

            byte[] bytes = Files.readAllBytes(file);
            assertThat(CatalogueReader.read(bytes, "edition").version()).isEqualTo("2026.12");
            assertThat(CatalogueReader.read(bytes, "edition").publishedOn()).isEqualTo(TODAY);
            assertThat(SignatureFiles.signer(file, bytes, List.of(publicKey))).isEqualTo(publicKey);
            assertThat(published.keyId()).contains(publicKey.id());
            assertThat(published.imported()).map(ImportResult::outcome).contains(ImportResult.Outcome.IMPORTED);
            Edition active = storage.catalogues().activeEdition().orElseThrow();
            assertThat(active.version()).isEqualTo("2026.12");
            assertThat(active.signedBy()).isEqualTo(publicKey.id());
        }
    }

    @Test
    void withoutAKeyTheFileIsUnsignedAndAnOldSignatureBesideItIsRemoved() throws Exception {
        Path file = dir.resolve("edition.json");
        Files.writeString(SignatureFiles.signatureFile(file), "a signature of an older file\n");
        try (Storage storage = open()) {
            DraftPublisher.Published published = publisher(storage).publish(
                    DraftDocument.of(ShippedCatalogue.load()).snapshot(),
                    new DraftPublisher.Request(file, "2026.12", TODAY, null, false));

            assertThat(Files.exists(file)).isTrue();
            assertThat(Files.exists(SignatureFiles.signatureFile(file))).isFalse();
            assertThat(published.imported()).isEmpty();
            assertThat(storage.catalogues().activeEdition().orElseThrow().version())
                    .isEqualTo(ShippedCatalogue.load().version());
        }
    }

    @Test
    void activatingHereIsRefusedBeforeWritingWhenTheLaptopWouldNotImportIt() throws Exception {
        Path trustedKey = dir.resolve("trusted.key");
        Path otherKey = dir.resolve("other.key");
        PublicSigningKey trusted = SigningKeys.generate(trustedKey);
        SigningKeys.generate(otherKey);
        Path file = dir.resolve("edition.json");
        String shipped = ShippedCatalogue.load().version();
        try (Storage storage = open()) {
            storage.trustedKeys().add(trusted);
            DraftPublisher publisher = publisher(storage);
            DraftDocument draft = DraftDocument.of(ShippedCatalogue.load());

            PublishRefusedException unsigned = catchThrowableOfType(PublishRefusedException.class,
                    () -> publisher.publish(draft.snapshot(),
                    new DraftPublisher.Request(file, "2026.12", TODAY, null, true)));
            PublishRefusedException untrusted = catchThrowableOfType(PublishRefusedException.class,
                    () -> publisher.publish(draft.snapshot(),
                    new DraftPublisher.Request(file, "2026.12", TODAY, otherKey, true)));
            PublishRefusedException stored = catchThrowableOfType(PublishRefusedException.class,
                    () -> publisher.publish(draft.snapshot(),
                    new DraftPublisher.Request(file, shipped, TODAY, trustedKey, true)));

            assertThat(unsigned.getMessage()).startsWith("the edition would be unsigned, and this laptop imports only");
            assertThat(untrusted.getMessage()).contains("is not trusted here");
            assertThat(stored.getMessage()).startsWith("an edition " + shipped + " is stored here already");
            assertThat(Files.exists(file)).isFalse();
            assertThat(storage.catalogues().activeEdition().orElseThrow().version()).isEqualTo(shipped);
        }
    }

    @Test
    void aKeyFileWhosePublicHalfIsAnotherKeysIsRefused() throws Exception {
        Path key = dir.resolve("a.key");
        Path other = dir.resolve("b.key");
        SigningKeys.generate(key);
        SigningKeys.generate(other);
        Files.copy(SigningKeys.publicFile(other), SigningKeys.publicFile(key),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path file = dir.resolve("edition.json");
        try (Storage storage = open()) {
            PublishRefusedException refused = catchThrowableOfType(PublishRefusedException.class,
                    () -> publisher(storage).publish(
                    DraftDocument.of(ShippedCatalogue.load()).snapshot(),
                    new DraftPublisher.Request(file, "2026.12", TODAY, key, false)));

            assertThat(refused.getMessage()).isEqualTo(SigningKeys.publicFile(key) + " is not the public key of "
                    + key + "; nothing written");
            assertThat(Files.exists(file)).isFalse();
        }
    }
}
