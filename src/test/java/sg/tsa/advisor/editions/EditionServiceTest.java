package sg.tsa.advisor.editions;

import sg.tsa.advisor.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.signing.FileSignature;
import sg.tsa.advisor.catalogue.signing.PublicSigningKey;
import sg.tsa.advisor.catalogue.signing.SignatureFiles;
import sg.tsa.advisor.catalogue.signing.SigningKeys;
import sg.tsa.advisor.editions.EditionService.FileCheck;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.storage.catalogue.ImportResult;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.testing.Editions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workspace's service on a real data folder, real catalogue files and real Ed25519 keys. */
class EditionServiceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @TempDir
    Path temp;

    private Storage open() {
        return Storage.open(temp.resolve("data"), Clock.systemUTC());
    }

    private Path signedFile(Path key, String version) throws Exception {
        Path file = Editions.file(temp, Editions.without("cisco-ccna", version));
        SignatureFiles.sign(Files.readAllBytes(file), SigningKeys.readPrivate(key),
                SigningKeys.readPublic(SigningKeys.publicFile(key)).id(), SignatureFiles.signatureFile(file));
        return file;
    }

    private static List<String> backups(Storage storage) throws Exception {
        try (Stream<Path> files = Files.list(storage.directory().resolve(Storage.BACKUP_FOLDER))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-before-activation.db"))
                    .toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of();
        }
    }

    @Test
    void aSignedFileIsReviewedThenStoredOnlyOrActivatedAfterABackup() throws Exception {
        try (Storage storage = open()) {
            PublicSigningKey key = SigningKeys.generate(temp.resolve("office.key"));
            storage.trustedKeys().add(key);
            Editions.consultation(storage, new LearnerDetails("Tan Wei Ling", "tan.wl@example.sg", "9123 4567", null),
                    "cisco-ccna", AS_OF.minusYears(1), AS_OF);
            Editions.consultation(storage, new LearnerDetails("Lim Jun Jie", null, null, null), "aws-saa",
                    AS_OF.minusYears(1), AS_OF);
            EditionService service = new EditionService(() -> storage);
            Path file = signedFile(temp.resolve("office.key"), "2027.01");

            FileCheck check = service.check(file);
            EditionService.Comparison comparison = service.compare(check.catalogue());
            EditionService.Impact impact = service.impact(check.catalogue());

            assertThat(check.valid()).isTrue();
            assertThat(check.signature()).isEqualTo(new FileSignature(FileSignature.State.SIGNED, key.id(), null));
            assertThat(comparison.activeVersion()).isEqualTo("2026.11");
            assertThat(comparison.changes()).isNotEmpty().allSatisfy(c -> assertThat(c.line()).startsWith("- rule "));
            assertThat(impact.consultations()).isEqualTo(2);
            assertThat(impact.learners()).singleElement().satisfies(learner -> {
                assertThat(learner.consultation().learner()).isEqualTo("Tan Wei Ling");
                assertThat(learner.consultation().contact()).isEqualTo("tan.wl@example.sg, 9123 4567");
                assertThat(learner.gained()).isEmpty();
                assertThat(learner.lost()).isNotEmpty();
            });
            assertThat(storage.catalogues().editions()).extracting(Edition::version).containsExactly("2026.11");

            ImportResult stored = service.importChecked(check, false, false);
            assertThat(stored.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
            assertThat(storage.catalogues().activeEdition().orElseThrow().version()).isEqualTo("2026.11");
            assertThat(backups(storage)).isEmpty();
            assertThat(stored.edition().signedBy()).isEqualTo(key.id());

            ImportResult activated = service.importChecked(check, false, true);
            assertThat(activated.outcome()).isEqualTo(ImportResult.Outcome.ALREADY_STORED);
            assertThat(storage.catalogues().activeEdition().orElseThrow().version()).isEqualTo("2027.01");
            assertThat(backups(storage)).hasSize(1);

            Edition rolledBack = service.activate("2026.11");
            assertThat(rolledBack.active()).isTrue();
            assertThat(storage.catalogues().activeCatalogue().version()).isEqualTo("2026.11");
        }
    }

    @Test
    void theImpactIsWorkedOutAgainstTheEditionActiveAtTheTimeNotOneKeptFromAnEarlierReview() throws Exception {
        try (Storage storage = open()) {
            Editions.consultation(storage, new LearnerDetails("Tan Wei Ling", null, null, null), "cisco-ccna",
                    AS_OF.minusYears(1), AS_OF);
            EditionService service = new EditionService(() -> storage);
            Catalogue shipped = storage.catalogues().activeCatalogue();
            Catalogue withoutCcna = Editions.without("cisco-ccna", "2027.01");

            assertThat(service.impact(withoutCcna).learners()).singleElement()
                    .satisfies(learner -> assertThat(learner.lost()).isNotEmpty());
            assertThat(service.impact(withoutCcna).learners()).as("again, with the kept engine").singleElement()
                    .satisfies(learner -> assertThat(learner.lost()).isNotEmpty());
            assertThat(service.impact(shipped).learners()).isEmpty();

            storage.catalogues().importCatalogue(withoutCcna);

            assertThat(service.impact(shipped).learners()).as("against 2027.01, now active").singleElement()
                    .satisfies(learner -> {
                        assertThat(learner.gained()).isNotEmpty();
                        assertThat(learner.lost()).isEmpty();
                    });
            assertThat(service.impact(withoutCcna).learners()).isEmpty();
        }
    }

    @Test
    void anUnsignedFileIsRefusedWhenAKeyIsTrustedAndStoredUnsignedOnlyWhenAllowed() throws Exception {
        try (Storage storage = open()) {
            storage.trustedKeys().add(SigningKeys.generate(temp.resolve("office.key")));
            EditionService service = new EditionService(() -> storage);
            Path file = Editions.file(temp, Editions.without("cisco-ccna", "2027.01"));

            FileCheck check = service.check(file);

            assertThat(check.signature().state()).isEqualTo(FileSignature.State.REFUSED);
            assertThat(check.signature().reason()).isEqualTo(file + " is not signed: there is no 2027.01.json.sig "
                    + "beside it");
            assertThatThrownBy(() -> service.importChecked(check, false, true))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(storage.catalogues().editions()).extracting(Edition::version).containsExactly("2026.11");

            ImportResult imported = service.importChecked(check, true, true);
            assertThat(imported.edition().signed()).isFalse();
            assertThat(imported.edition().active()).isTrue();
        }
    }

    @Test
    void aFileChangedAfterSigningIsRefusedAndWithNoKeyTrustedFilesAreNotChecked() throws Exception {
        try (Storage storage = open()) {
            EditionService service = new EditionService(() -> storage);
            PublicSigningKey key = SigningKeys.generate(temp.resolve("office.key"));
            Path file = signedFile(temp.resolve("office.key"), "2027.01");
            assertThat(service.check(file).signature().state()).isEqualTo(FileSignature.State.NO_KEY_TRUSTED);

            storage.trustedKeys().add(key);
            assertThat(service.check(file).signature().state()).isEqualTo(FileSignature.State.SIGNED);
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] = (byte) (bytes[bytes.length / 2] == ' ' ? '\t' : ' ');
            Files.write(file, bytes);

            FileCheck changed = service.check(file);
            assertThat(changed.signature().state()).isEqualTo(FileSignature.State.REFUSED);
            assertThat(changed.signature().reason()).contains("the signature does not match the file");
        }
    }

    @Test
    void aMalformedFileHasEveryProblemWithItsPathAndNothingCanBeStored() throws Exception {
        try (Storage storage = open()) {
            EditionService service = new EditionService(() -> storage);
            Path file = temp.resolve("broken.json");
            Files.writeString(file, Files.readString(Editions.file(temp, Editions.without("cisco-ccna", "2027.01")))
                    .replaceFirst("\"recencyYears\": \\d+", "\"recencyYears\": 2147483647")
                    .replaceFirst("\"publishedOn\": \"[^\"]+\"", "\"publishedOn\": \"yesterday\""));

            FileCheck check = service.check(file);

            assertThat(check.valid()).isFalse();
            assertThat(check.problems()).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("$."));
            assertThat(check.problems()).anySatisfy(p -> assertThat(p).startsWith("$.publishedOn: "));
            assertThatThrownBy(() -> service.importChecked(check, true, true))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(storage.catalogues().editions()).extracting(Edition::version).containsExactly("2026.11");
        }
    }

    @Test
    void withoutTheLocalDataTheServiceSaysSo() {
        EditionService service = new EditionService(() -> null);
        assertThatThrownBy(service::shelf).hasMessage("the local data is not open yet; try again in a moment");
    }
}
