package sg.tsa.advisor.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain start where no window can open says so in one line and exits 1, in a real child JVM. */
class NoDisplayStartTest {
    @TempDir
    Path temp;

    @Test
    void aPlainStartWithoutADisplaySaysSoInOneLineAndExits1() throws Exception {
        Result result = start(List.of());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).hasSize(1);
        assertThat(result.err().get(0)).startsWith("error: no display to open the window on");
        assertThat(String.join("\n", result.err())).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.exists(temp.resolve("data"))).as("nothing was created").isFalse();
    }

    @Test
    void theWindowAskedForThroughTheCommandLineSaysTheSame() throws Exception {
        Result result = start(List.of("--data-dir", temp.resolve("data").toString()));
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).containsExactly(
                "error: no display to open the window on (DISPLAY is not set); give a command to work without one, "
                        + "for example 'advise --help'");
    }

    @Test
    void aDisplayOrMonocleOrAnotherSystemIsNotMissing() {
        assertThat(Launcher.missingDisplay(Map.of("DISPLAY", ":0"), "Linux", null)).isNull();
        assertThat(Launcher.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isNull();
        assertThat(Launcher.missingDisplay(Map.of(), "Linux", "Monocle")).isNull();
        assertThat(Launcher.missingDisplay(Map.of(), "Windows 11", null)).isNull();
        assertThat(Launcher.missingDisplay(Map.of(), "Mac OS X", null)).isNull();
        assertThat(Launcher.missingDisplay(Map.of("DISPLAY", " "), "Linux", null)).isNotNull();
    }

    private record Result(int exit, List<String> err) {
    }

    private Result start(List<String> args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("EXEMPTION_ADVISOR_HOME", temp.resolve("data").toString());
        Path err = temp.resolve("err.txt");
        builder.redirectError(err.toFile()).redirectOutput(temp.resolve("out.txt").toFile());
        Process child = builder.start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
        return new Result(child.exitValue(), Files.readAllLines(err, StandardCharsets.UTF_8));
    }
}
