package sg.tsa.advisor.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.InvalidCatalogueException;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded mutations of the shipped catalogue and of a small synthetic one, each validated and imported through the
 * command line: every result is a clean accept (and then advice on it works) or exit 2 with every line naming a
 * JSON path, and a refused import leaves the data folder byte for byte as it was. A failure prints the seed and
 * the mutation, so that it can be replayed.
 */
class CatalogueFuzzTest {
    private static final long SEED = 20261201L;
    private static final int MUTATIONS = 240;
    /** Every so many mutants also go through {@code catalogue validate} and {@code import} on a real data folder. */
    private static final int THROUGH_THE_COMMAND_LINE = 8;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    /** {@code error: FILE: $.path: what}, or the count of problems left unshown. */
    private static final Pattern PROBLEM_LINE = Pattern.compile("error: [^:]+: \\$(\\.[A-Za-z_]\\w*|\\[\\d+]"
            + "|\\[\"([^\"\\\\]|\\\\.)*(… \\(\\d+ characters\\))?\"])*: \\S.*"
            + "|error: [^:]+: … and \\d+ more problems \\(\\d+ in all\\); the first 200 are shown");
    private static final List<JsonElement> HOSTILE = List.of(
            new JsonPrimitive(new LazilyParsedNumber("1e400")), new JsonPrimitive(new LazilyParsedNumber("1e100000")),
            new JsonPrimitive(new LazilyParsedNumber("9".repeat(400))), new JsonPrimitive(2147483647),
            new JsonPrimitive(-1), new JsonPrimitive(0), new JsonPrimitive(0.5), new JsonPrimitive(101),
            new JsonPrimitive(""), new JsonPrimitive(" "), new JsonPrimitive("x\ny"), new JsonPrimitive("a\u202eb"),
            new JsonPrimitive("\u0000"), new JsonPrimitive("2026-02-30"), new JsonPrimitive("k".repeat(5_000)),
            new JsonPrimitive(true), JsonNull.INSTANCE, new JsonObject(), new JsonArray());
    private static final String SYNTAX = "{}[]\",:0-e.\\\n \u00e9";

    @TempDir
    Path temp;

    @Test
    void everyMutantIsAcceptedCleanlyOrRefusedWithAPathAndChangesNothing() throws Exception {
        Path data = temp.resolve("data");
        Storage.open(data, CLOCK).close(); // a data folder holding the shipped catalogue
        Map<String, String> before = fingerprint(data);
        List<String> seeds = List.of(shippedText(), CatalogueWriter.toString(SyntheticCatalogue.generate("synthetic-1",
                7L, new SyntheticCatalogue.Size(3, 8, 30, 60))));
        Random random = new Random(SEED);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String seed = seeds.get(i % seeds.size());
            StringBuilder how = new StringBuilder();
            String mutant = random.nextInt(3) == 0 ? mutateText(seed, random, how) : mutateTree(seed, random, how);
            String context = "mutation " + i + " of seed " + SEED + ": " + how;
            Path file = temp.resolve("mutant-" + i + ".json");
            Files.writeString(file, mutant, StandardCharsets.UTF_8);

            Catalogue read;
            try {
                read = CatalogueReader.read(file);
            } catch (InvalidCatalogueException e) {
                read = null;
                assertThat(e.lines()).as(context).allSatisfy(line -> assertProblemLine("error: " + file + ": " + line));
            }
            if (read != null) {
                accepted++;
                adviseOnEverything(read, context);
            } else {
                refused++;
            }
            if (i % THROUGH_THE_COMMAND_LINE != 0) {
                continue;
            }
            CliRun validate = run(data, "catalogue", "validate", file.toString());
            assertThat(validate.status()).as(context + "\n" + validate.err()).isEqualTo(read != null ? Cli.OK
                    : Cli.BAD_INPUT);
            if (read != null) {
                continue;
            }
            assertRefusedWithPaths(validate, context);
            CliRun imported = run(data, "catalogue", "import", file.toString());
            assertThat(imported.status()).as(context).isEqualTo(Cli.BAD_INPUT);
            assertRefusedWithPaths(imported, context);
            assertThat(fingerprint(data)).as(context + ": the data folder after a refused import").isEqualTo(before);
        }
        // The mutations must exercise both ends, or the test proves little.
        assertThat(accepted).as("mutants accepted").isGreaterThan(10);
        assertThat(refused).as("mutants refused").isGreaterThan(MUTATIONS / 2);
    }

    private static void assertRefusedWithPaths(CliRun run, String context) {
        assertThat(run.out()).as(context).isEmpty();
        assertThat(run.err().lines()).as(context).isNotEmpty().allSatisfy(CatalogueFuzzTest::assertProblemLine);
    }

    private static void assertProblemLine(String line) {
        assertThat(line).matches(PROBLEM_LINE);
        assertThat(line.length()).isLessThan(700);
        assertThat(line).doesNotContain("Exception", "JsonReader", "setStrictness", "Gson", "scale");
    }

    /** Advice on an accepted catalogue works: every credential held, attained long ago and lately. */
    private static void adviseOnEverything(Catalogue catalogue, String context) {
        ExemptionEngine engine = new ExemptionEngine(catalogue);
        for (LocalDate attained : List.of(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 11, 1))) {
            List<HeldCredential> held = catalogue.credentials().stream().map(Credential::id)
                    .map(id -> new HeldCredential(id, attained)).toList();
            assertThat(engine.advise(new AdviceRequest(held, LocalDate.of(2026, 11, 28), LocalDate.of(2099, 1, 1))))
                    .as(context).isNotNull();
        }
    }

    private static String mutateTree(String seed, Random random, StringBuilder how) {
        JsonElement root = JsonParser.parseString(seed);
        List<Slot> slots = new ArrayList<>();
        collect(root, "$", slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        int kind = random.nextInt(4);
        if (kind == 0 || !(slot.parent.isJsonObject() || slot.parent.isJsonArray())) {
            JsonElement value = HOSTILE.get(random.nextInt(HOSTILE.size())).deepCopy();
            how.append("set ").append(slot.path).append(" to ").append(abbreviate(value.toString()));
            slot.set(value);
        } else if (kind == 1) {
            how.append("remove ").append(slot.path);
            slot.remove();
        } else if (kind == 2 && slot.parent.isJsonArray()) {
            how.append("duplicate ").append(slot.path);
            slot.parent.getAsJsonArray().add(slot.parent.getAsJsonArray().get(slot.index).deepCopy());
        } else {
            how.append("unknown field beside ").append(slot.path);
            if (slot.parent.isJsonObject()) {
                slot.parent.getAsJsonObject().addProperty("x" + random.nextInt(100), 1);
            } else {
                slot.set(new JsonPrimitive(new LazilyParsedNumber("1e400")));
            }
        }
        return root.toString();
    }

    private static String mutateText(String seed, Random random, StringBuilder how) {
        int at = random.nextInt(seed.length());
        switch (random.nextInt(4)) {
            case 0:
                how.append("delete the character at ").append(at);
                return seed.substring(0, at) + seed.substring(at + 1);
            case 1:
                char c = SYNTAX.charAt(random.nextInt(SYNTAX.length()));
                how.append("insert ").append((int) c).append(" at ").append(at);
                return seed.substring(0, at) + c + seed.substring(at);
            case 2:
                how.append("cut at ").append(at);
                return seed.substring(0, at);
            default:
                int length = Math.min(seed.length() - at, 1 + random.nextInt(40));
                how.append("repeat ").append(length).append(" characters at ").append(at);
                return seed.substring(0, at + length) + seed.substring(at);
        }
    }

    /** A place in the tree a value can be set or removed at. */
    private record Slot(JsonElement parent, String name, int index, String path) {
        void set(JsonElement value) {
            if (name != null) {
                parent.getAsJsonObject().add(name, value);
            } else {
                parent.getAsJsonArray().set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                parent.getAsJsonObject().remove(name);
            } else {
                parent.getAsJsonArray().remove(index);
            }
        }
    }

    private static void collect(JsonElement element, String path, List<Slot> slots) {
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
                String child = path + "." + entry.getKey();
                slots.add(new Slot(element, entry.getKey(), -1, child));
                collect(entry.getValue(), child, slots);
            }
        } else if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String child = path + "[" + i + "]";
                slots.add(new Slot(element, null, i, child));
                collect(array.get(i), child, slots);
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String shippedText() throws Exception {
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(ShippedCatalogue.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every file of the data folder with a digest of its bytes. */
    private static Map<String, String> fingerprint(Path data) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(data.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }

    private static CliRun run(Path data, String... args) {
        return CliRun.in(data, CLOCK, args);
    }
}
