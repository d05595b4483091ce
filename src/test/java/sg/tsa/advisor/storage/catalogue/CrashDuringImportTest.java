package sg.tsa.advisor.storage.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM killed hard (destroyForcibly) in the middle of a large import leaves either the old edition or the
 * new one active, whole, and the database sound.
 */
class CrashDuringImportTest {
    /** Kill points: -1 waits until the import has written uncommitted pages to the WAL; others are delays. */
    private static final long[] KILL_AFTER_MILLIS = {-1, 400, 1_500};
    private static final long WAL_BYTES_MID_IMPORT = 1_000_000;

    @TempDir
    Path temp;

    static Catalogue large() {
        return SyntheticCatalogue.generate("crash-test", 7L, ImportChild.size());
    }

    @Test
    void aKilledImportLeavesTheOldOrTheNewEditionWhole() throws Exception {
        String old = CatalogueWriter.toString(ShippedCatalogue.load());
        String fresh = CatalogueWriter.toString(large());
        List<String> outcomes = new ArrayList<>();

        for (long delay : KILL_AFTER_MILLIS) {
            Path folder = temp.resolve("data-" + delay);
            Storage.open(folder, Clock.systemUTC()).close();

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(), folder.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals(ImportChild.STARTING)) {
                    // the child's start-up output, if any
                }
                assertThat(line).as("the child reached the import").isEqualTo(ImportChild.STARTING);
                if (delay < 0) {
                    waitForWal(folder.resolve(Storage.DATABASE_FILE + "-wal"), child);
                } else {
                    Thread.sleep(delay);
                }
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            try (Storage after = Storage.open(folder, Clock.systemUTC())) { // runs the integrity check
                String active = CatalogueWriter.toString(after.catalogues().activeCatalogue());
                assertThat(active).as("after a kill %d ms into the import", delay).isIn(old, fresh);
                List<String> stored = after.catalogues().editions().stream().map(Edition::version).toList();
                if (active.equals(old)) {
                    assertThat(stored).containsExactly(ShippedCatalogue.load().version());
                    outcomes.add("old");
                } else {
                    assertThat(stored).containsExactly(ShippedCatalogue.load().version(), "crash-test");
                    outcomes.add("new");
                }
            }
        }
        // The first kill came while the transaction had written pages but not committed: it must roll back.
        assertThat(outcomes.get(0)).isEqualTo("old");
    }

    private static void waitForWal(Path wal, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(wal) && Files.size(wal) > WAL_BYTES_MID_IMPORT)) {
            assertThat(child.isAlive()).as("the child is still importing").isTrue();
            assertThat(System.nanoTime()).as("the import writes to the WAL within a minute").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
