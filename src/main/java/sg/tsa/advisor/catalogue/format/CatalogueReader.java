package sg.tsa.advisor.catalogue.format;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import sg.tsa.advisor.catalogue.Catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a catalogue file: JSON syntax, then structure (unknown fields, JSON types), then meaning (ids,
 * references, values). A file with any problem is rejected whole with every problem found: problems of structure
 * and of meaning are reported together.
 */
public final class CatalogueReader {
    private static final Gson GSON = new Gson();
    /** The lists whose entries' ids other parts of the file refer to. */
    private static final Pattern DECLARES_IDS = Pattern.compile(
            "\\$\\.(sources|issuers|credentials|qualifications)|\\$\\.qualifications\\[\\d+]\\.(modules|certificates)");

    /** The largest catalogue file read; the 20,000-rule synthetic catalogue is about 9.4 MB. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** The problems reported of one file; the rest are counted. */
    public static final int MAX_PROBLEMS = InvalidCatalogueException.SHOWN;

    private CatalogueReader() {
    }

    /**
     * Reads and validates a catalogue file. An unreadable file, one that is not a regular file (a device, a pipe)
     * or one larger than {@link #MAX_BYTES} is reported as a problem at {@code $}, before anything is read.
     */
    public static Catalogue read(Path file) throws InvalidCatalogueException {
        return read(bytes(file), "the file " + file);
    }

    /** The bytes of a catalogue file, refused without reading when they cannot be a catalogue. */
    public static byte[] bytes(Path file) throws InvalidCatalogueException {
        try {
            if (!Files.exists(file)) {
                throw single("no such file: " + file);
            }
            if (!Files.isRegularFile(file)) {
                throw single(file + " is not a regular file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw single(tooLarge(file.toString()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return bounded(in, file.toString());
            }
        } catch (NoSuchFileException e) {
            throw single("no such file: " + file);
        } catch (IOException e) {
            throw single("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Reads and validates a catalogue from a stream, which must hold UTF-8 text of at most {@link #MAX_BYTES}. */
    public static Catalogue read(InputStream in) throws InvalidCatalogueException, IOException {
        return read(bounded(in, "the catalogue"), "the catalogue");
    }

    /** At most {@link #MAX_BYTES} of {@code in}: a file that grows while read, or a stream without end, stops. */
    private static byte[] bounded(InputStream in, String what) throws IOException, InvalidCatalogueException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw single(tooLarge(what));
        }
        return bytes;
    }

    private static String tooLarge(String what) {
        return what + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB: too large to be a catalogue";
    }

    /** Reads and validates a catalogue from the bytes of a file ({@code what} names it in messages). */
    public static Catalogue read(byte[] bytes, String what) throws InvalidCatalogueException {
        try {
            return read(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw single(what + " is not UTF-8 text");
        }
    }

    public static Catalogue read(String json) throws InvalidCatalogueException {
        ProblemList problems = new ProblemList();
        return check(parse(json, problems), problems);
    }

    /**
     * Validates a catalogue held as a JSON tree (a draft being edited) exactly as a file holding that tree, with
     * the same problems at the same paths. The tree is taken over: checking may take wrongly typed values out of it.
     */
    public static Catalogue readTree(JsonObject tree) throws InvalidCatalogueException {
        return check(tree, new ProblemList());
    }

    private static Catalogue check(JsonElement tree, ProblemList problems) throws InvalidCatalogueException {
        StructureCheck structure = new StructureCheck(problems);
        structure.checkObject(tree, CatalogueJson.class, "$");
        if (structure.removedPaths().stream().anyMatch(p -> DECLARES_IDS.matcher(p).matches())) {
            // Without a whole list of ids, every reference to them would be reported, falsely, as unknown.
            throw problems.toException();
        }
        new ValueLimits(problems).check(tree, "$", null);
        // A value taken out for its wrong type is reported already; the validator would only call it missing.
        problems.leaveOut(structure::isRemoved);
        try {
            Catalogue catalogue = new CatalogueValidator(problems).validate(GSON.fromJson(tree, CatalogueJson.class));
            if (problems.isEmpty()) {
                return catalogue;
            }
        } catch (InvalidCatalogueException e) {
            // every problem is in the list already
        }
        throw problems.toException();
    }

    private static JsonElement parse(String json, List<CatalogueProblem> problems) throws InvalidCatalogueException {
        String body = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonElement tree;
        try {
            tree = JsonTreeReader.readObject(body, problems);
        } catch (IOException | RuntimeException e) {
            throw new InvalidCatalogueException(List.of(JsonSyntax.problem(e)));
        }
        if (tree == null) {
            throw single("not a catalogue: the file must hold one JSON object");
        }
        return tree;
    }

    private static InvalidCatalogueException single(String message) {
        return new InvalidCatalogueException(List.of(new CatalogueProblem("$", message)));
    }
}
