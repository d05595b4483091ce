package sg.tsa.advisor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the project's pom.xml says, read as text, for tests that check the build's outputs against it. */
public final class Pom {
    private Pom() {
    }

    /** The project's own version: the {@code <version>} right after its artifactId. */
    public static String version() {
        Matcher m = Pattern.compile("<artifactId>exemption-advisor</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(text());
        if (!m.find()) {
            throw new IllegalStateException("pom.xml names no version for exemption-advisor");
        }
        return m.group(1);
    }

    /** groupId:artifactId of each dependency declared without a test scope. */
    public static List<String> runtimeDependencies() {
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(text());
        List<String> found = new ArrayList<>();
        while (m.find()) {
            String block = m.group(1);
            if (!block.contains("<scope>test</scope>")) {
                found.add(tag(block, "groupId") + ":" + tag(block, "artifactId"));
            }
        }
        return found;
    }

    private static String tag(String block, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(block);
        if (!m.find()) {
            throw new IllegalStateException("a dependency in pom.xml has no " + name);
        }
        return m.group(1).strip();
    }

    private static String text() {
        try {
            return Files.readString(Path.of("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
