package sg.tsa.advisor.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing a file whole or not at all: the content goes to a temporary file beside the target, which is then moved
 * over it in one step. A failure half-way leaves the old file (or none) in place, never a torn one.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Text written by {@code content}, as UTF-8. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, partial -> Files.write(partial, bytes));
    }

    public static void writeText(Path target, TextContent content) throws IOException {
        write(target, partial -> {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
        });
    }

    private interface PartialWrite {
        void to(Path partial) throws IOException;
    }

    private static void write(Path target, PartialWrite write) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + "-", ".part");
        try {
            write.to(partial);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
