package sg.tsa.advisor.catalogue.format;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
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
import java.util.ArrayList;
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

    private CatalogueReader() {
    }

    /** Reads and validates a catalogue file. An unreadable file is reported as a problem at {@code $}. */
    public static Catalogue read(Path file) throws InvalidCatalogueException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw single("no such file: " + file);
        } catch (IOException e) {
            throw single("cannot read " + file + ": " + e.getMessage());
        }
        return read(bytes, "the file " + file);
    }

    /** Reads and validates a catalogue from a stream, which must hold UTF-8 text. */
    public static Catalogue read(InputStream in) throws InvalidCatalogueException, IOException {
        return read(in.readAllBytes(), "the catalogue");
    }

    private static Catalogue read(byte[] bytes, String what) throws InvalidCatalogueException {
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
        List<CatalogueProblem> problems = new ArrayList<>();
        JsonElement tree = parse(json, problems);
        StructureCheck structure = new StructureCheck(problems);
        structure.checkObject(tree, CatalogueJson.class, "$");
        if (structure.removedPaths().stream().anyMatch(p -> DECLARES_IDS.matcher(p).matches())) {
            // Without a whole list of ids, every reference to them would be reported, falsely, as unknown.
            throw new InvalidCatalogueException(problems);
        }
        try {
            Catalogue catalogue = new CatalogueValidator().validate(GSON.fromJson(tree, CatalogueJson.class));
            if (problems.isEmpty()) {
                return catalogue;
            }
        } catch (InvalidCatalogueException e) {
            // A value taken out for its wrong type is reported already; the validator would only call it missing.
            e.problems().stream().filter(p -> !structure.isRemoved(p.path())).forEach(problems::add);
        }
        throw new InvalidCatalogueException(problems);
    }

    private static JsonElement parse(String json, List<CatalogueProblem> problems) throws InvalidCatalogueException {
        String body = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonElement tree;
        try {
            tree = JsonTreeReader.readObject(body, problems);
        } catch (IOException | RuntimeException e) {
            throw single("not valid JSON: " + cleanMessage(e));
        }
        if (tree == null) {
            throw single("not a catalogue: the file must hold one JSON object");
        }
        return tree;
    }

    private static String cleanMessage(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            message = cause.getMessage();
        }
        // Gson appends a troubleshooting link; it means nothing to a catalogue author and must not be shown.
        int see = message.indexOf("\nSee https://");
        return see >= 0 ? message.substring(0, see) : message;
    }

    private static InvalidCatalogueException single(String message) {
        return new InvalidCatalogueException(List.of(new CatalogueProblem("$", message)));
    }
}
