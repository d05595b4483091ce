package sg.tsa.advisor.storage.catalogue;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;

import java.nio.file.Path;
import java.time.Clock;

/** Run in a child JVM by {@link CrashDuringImportTest}: imports a large catalogue, announcing when it starts. */
public final class ImportChild {
    static final String STARTING = "starting the import";

    private ImportChild() {
    }

    public static void main(String[] args) {
        Catalogue large = CrashDuringImportTest.large();
        try (Storage storage = Storage.open(Path.of(args[0]), Clock.systemUTC())) {
            System.out.println(STARTING);
            System.out.flush();
            storage.catalogues().importCatalogue(large);
            System.out.println("imported");
        }
    }

    static SyntheticCatalogue.Size size() {
        return SyntheticCatalogue.Size.BENCHMARK;
    }
}
