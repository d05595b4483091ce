package sg.tsa.advisor.evidence;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample files under {@code src/test/resources/evidence} (their origins: SOURCES.md there). */
final class TestFiles {
    private TestFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/evidence/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static JsonObject json(String name) {
        return JsonParser.parseString(text(name)).getAsJsonObject();
    }
}
