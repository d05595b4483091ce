package sg.tsa.advisor.storage.draft;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.Storage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A child JVM killed hard while it keeps drafts leaves the last kept draft whole, never a mix of two. */
class KilledWhileKeepingDraftTest {
    @TempDir
    Path temp;

    @Test
    void aKillLeavesOneWholeDraft() throws Exception {
        Storage.open(temp, Clock.systemUTC()).close();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DraftKeepingChild.class.getName(), temp.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(DraftKeepingChild.KEEPING)) {
                // the child's start-up output, if any
            }
            assertThat(line).as("the child kept its first draft").isEqualTo(DraftKeepingChild.KEEPING);
            Thread.sleep(300); // let it keep a few hundred more, one of them probably half-written when killed
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Storage after = Storage.open(temp, Clock.systemUTC())) { // runs the integrity check
            Draft draft = new DraftStore(after.database()).load().orElseThrow();
            int round = Integer.parseInt(draft.learnerName().substring("Round ".length()));
            assertThat(round).isPositive();
            assertThat(draft.credentials()).as("draft %d is whole", round).hasSize(round % 7);
        }
    }
}
