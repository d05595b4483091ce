package sg.tsa.advisor.catalogue.format;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import sg.tsa.advisor.catalogue.Catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
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
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw single("no such file: " + file);
        } catch (CharacterCodingException e) {
            throw single("the file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw single("cannot read " + file + ": " + e.getMessage());
        }
        return read(text);
    }

    public static Catalogue read(InputStream in) throws InvalidCatalogueException, IOException {
        return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    public static Catalogue read(String json) throws InvalidCatalogueException {
        JsonElement tree = parse(json);
        List<CatalogueProblem> problems = new ArrayList<>();
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

    private static JsonElement parse(String json) throws InvalidCatalogueException {
        String body = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try (Reader reader = new StringReader(body); JsonReader jsonReader = new JsonReader(reader)) {
            jsonReader.setStrictness(Strictness.STRICT);
            if (jsonReader.peek() != JsonToken.BEGIN_OBJECT) {
                throw single("not a catalogue: the file must hold one JSON object");
            }
            JsonElement tree = com.google.gson.JsonParser.parseReader(jsonReader);
            if (jsonReader.peek() != JsonToken.END_DOCUMENT) {
                throw single("not valid JSON: more text after the catalogue object");
            }
            return tree;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw single("not valid JSON: " + cleanMessage(e));
        }
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
