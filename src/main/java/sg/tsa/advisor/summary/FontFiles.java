package sg.tsa.advisor.summary;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/** The font files the summary carries, read from the class path once and kept for every later document. */
final class FontFiles {
    private static final Map<String, byte[]> FILES = new HashMap<>();

    private FontFiles() {
    }

    static synchronized byte[] read(String resource) throws IOException {
        byte[] bytes = FILES.get(resource);
        if (bytes == null) {
            try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("font " + resource + " is missing from the application");
                }
                bytes = in.readAllBytes();
            }
            FILES.put(resource, bytes);
        }
        return bytes;
    }
}
