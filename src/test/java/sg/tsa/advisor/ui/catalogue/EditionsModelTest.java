package sg.tsa.advisor.ui.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.catalogue.signing.SigningKeys;
import sg.tsa.advisor.editions.EditionService;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.testing.Editions;
import sg.tsa.advisor.ui.CurrentThreadExecutor;
import sg.tsa.advisor.ui.QueuedExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Editions tab's view models without a screen, on a real data folder. */
class EditionsModelTest {
    @TempDir
    Path temp;

    @Test
    void aReviewSaysWhatItIsWorkingOutStepByStepAndOffersTheImportOnlyWhenComplete() throws Exception {
        try (Storage storage = Storage.open(temp.resolve("data"), Clock.systemUTC())) {
            QueuedExecutor background = new QueuedExecutor();
            List<String> activated = new ArrayList<>();
            EditionsModel model = new EditionsModel(new EditionService(() -> storage), background, activated::add);
            Path file = Editions.file(temp, Editions.without("cisco-ccna", "2027.01"));

            model.reviewFile(file);
            ReviewModel review = model.reviewProperty().get();
            assertThat(review.progressProperty().get()).isEqualTo("Reading and checking 2027.01.json…");
            background.runNext();
            assertThat(review.progressProperty().get()).isEqualTo("Comparing 2027.01 with the active edition…");
            assertThat(review.signatureProperty().get()).startsWith("Not checked: this laptop trusts no key yet");
            assertThat(review.canImport().get()).isFalse();
            background.runNext();
            assertThat(review.progressProperty().get())
                    .isEqualTo("Advising the saved consultations again with 2027.01…");
            assertThat(review.changes()).isNotEmpty();
            assertThat(review.canImport().get()).isFalse();
            background.runNext();
            assertThat(review.progressProperty().get()).isEmpty();
            assertThat(review.impactHeadingProperty().get()).isEqualTo("No consultation is saved on this laptop "
                    + "yet.");
            assertThat(review.canImport().get()).isTrue();

            review.importEdition(true);
            background.runAll();

            assertThat(model.reviewProperty().get()).isNull();
            assertThat(activated).containsExactly("2027.01");
            assertThat(model.messageProperty().get()).isEqualTo("Imported catalogue 2027.01; it is now the active "
                    + "catalogue (a backup was taken first). It is marked unsigned.");
            assertThat(model.editions()).extracting(Edition::version).containsExactly("2026.11", "2027.01");
            assertThat(model.trustProperty().get()).startsWith("This laptop trusts no signing key");
        }
    }

    @Test
    void aCancelledReviewStoresNothingAndItsLateResultsAreIgnored() throws Exception {
        try (Storage storage = Storage.open(temp.resolve("data"), Clock.systemUTC())) {
            QueuedExecutor background = new QueuedExecutor();
            EditionsModel model = new EditionsModel(new EditionService(() -> storage), background, v -> { });
            model.reviewFile(Editions.file(temp, Editions.without("cisco-ccna", "2027.01")));
            ReviewModel review = model.reviewProperty().get();

            review.cancel();
            background.runAll();

            assertThat(model.reviewProperty().get()).isNull();
            assertThat(review.changes()).isEmpty();
            assertThat(review.validityProperty().get()).isEmpty();
            assertThat(storage.catalogues().editions()).extracting(Edition::version).containsExactly("2026.11");
            assertThat(model.messageProperty().get()).isEmpty();
        }
    }

    @Test
    void anotherFileOfAStoredVersionIsSaidInTheReviewAndCannotBeImported() throws Exception {
        try (Storage storage = Storage.open(temp.resolve("data"), Clock.systemUTC())) {
            EditionsModel model = new EditionsModel(new EditionService(() -> storage), new CurrentThreadExecutor(),
                    v -> { });
            Catalogue sameVersion = Editions.without("cisco-ccna", ShippedCatalogue.load().version());

            model.reviewFile(Editions.file(temp, sameVersion));
            ReviewModel review = model.reviewProperty().get();

            assertThat(review.storedProperty().get()).isEqualTo("Version 2026.11 is stored already with other "
                    + "contents: this file cannot be imported. Give it a version of its own.");
            assertThat(review.reviewedProperty().get()).isTrue();
            assertThat(review.canImport().get()).isFalse();
            review.importEdition(true);
            assertThat(model.reviewProperty().get()).isSameAs(review);
            assertThat(storage.catalogues().editions()).hasSize(1);
        }
    }

    @Test
    void aFileOfTheSameVersionStoredMeanwhileIsRefusedWithTheReasonAndTheReviewStaysOpen() throws Exception {
        try (Storage storage = Storage.open(temp.resolve("data"), Clock.systemUTC())) {
            EditionsModel model = new EditionsModel(new EditionService(() -> storage), new CurrentThreadExecutor(),
                    v -> { });
            model.reviewFile(Editions.file(temp, Editions.without("cisco-ccna", "2027.01")));
            ReviewModel review = model.reviewProperty().get();
            assertThat(review.storedProperty().get()).isEmpty();
            // Another copy of the application stores a different 2027.01 before this one imports.
            storage.catalogues().importCatalogue(Editions.without("aws-saa", "2027.01"), null, false);

            review.importEdition(false);

            assertThat(model.reviewProperty().get()).isSameAs(review);
            assertThat(review.failureProperty().get()).isEqualTo("version \"2027.01\" is already stored with "
                    + "different contents; nothing was imported (give the new file a version of its own)");
            assertThat(review.busyProperty().get()).isFalse();
        }
    }

    @Test
    void beforeTheLocalDataIsOpenTheListSaysSoAndNothingElse() {
        EditionsModel model = new EditionsModel(new EditionService(() -> null), new CurrentThreadExecutor(), v -> { });

        model.refresh();

        assertThat(model.problemProperty().get()).isEqualTo("The stored editions could not be read: the local data "
                + "is not open yet; try again in a moment");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.editions()).isEmpty();
    }

    @Test
    void onReadOnlyDataEditionsAreReviewedButNeitherImportedNorActivated() throws Exception {
        Path data = temp.resolve("data");
        Storage.open(data, Clock.systemUTC()).close();
        Path file = data.resolve(Storage.DATABASE_FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        try (Storage storage = Storage.open(data, Clock.systemUTC())) {
            EditionsModel model = new EditionsModel(new EditionService(() -> storage), new CurrentThreadExecutor(),
                    v -> { });
            model.refresh();

            assertThat(model.problemProperty().get()).startsWith("The local data is open read-only because the file "
                    + file + " may not be written").endsWith(": editions can be reviewed, but none can be imported "
                    + "or activated.");
            model.reviewFile(Editions.file(temp, Editions.without("cisco-ccna", "2027.01")));
            ReviewModel review = model.reviewProperty().get();
            assertThat(review.reviewedProperty().get()).isTrue();
            assertThat(review.changes()).isNotEmpty();
            assertThat(review.canImport().get()).isFalse();
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void onlyAnEditionThatIsNotActiveCanBeReviewedForActivation() throws Exception {
        try (Storage storage = Storage.open(temp.resolve("data"), Clock.systemUTC())) {
            storage.trustedKeys().add(SigningKeys.generate(temp.resolve("office.key")));
            storage.catalogues().importCatalogue(Editions.without("cisco-ccna", "2027.01"), null, false);
            EditionsModel model = new EditionsModel(new EditionService(() -> storage), new CurrentThreadExecutor(),
                    v -> { });
            model.refresh();
            assertThat(model.trustProperty().get()).startsWith("This laptop trusts 1 key: only files signed");

            model.selectedProperty().set(model.editions().get(0));
            assertThat(model.canActivateSelected().get()).isFalse();
            model.selectedProperty().set(model.editions().get(1));
            assertThat(model.canActivateSelected().get()).isTrue();
            model.reviewSelected();

            ReviewModel review = model.reviewProperty().get();
            assertThat(review.signatureProperty().get()).isEqualTo("Unsigned: it was stored without a signature by a "
                    + "trusted key.");
            assertThat(review.canActivate().get()).isTrue();
            assertThat(model.canActivateSelected().get()).isFalse();
        }
    }
}
