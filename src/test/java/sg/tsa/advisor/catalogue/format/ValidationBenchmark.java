package sg.tsa.advisor.catalogue.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * How long a catalogue full of wrongly typed rules takes to be refused: validation must stay linear. Run by hand,
 * never as a timed test:
 * <pre>
 * java -cp "target/classes:target/test-classes:target/lib/*" sg.tsa.advisor.catalogue.format.ValidationBenchmark
 * </pre>
 */
public final class ValidationBenchmark {
    private ValidationBenchmark() {
    }

    public static void main(String[] args) {
        for (int round = 0; round < 2; round++) {
            for (int count : new int[] {16_000, 50_000, 100_000}) {
                measure("rules that are numbers", count, i -> new JsonPrimitive(i));
                measure("rules with every field of the wrong type", count, i -> {
                    JsonObject rule = new JsonObject();
                    for (String field : new String[] {"id", "qualification", "exempts", "source", "note"}) {
                        rule.addProperty(field, i);
                    }
                    rule.addProperty("recencyYears", "four");
                    return rule;
                });
            }
        }
    }

    private static void measure(String what, int count, java.util.function.IntFunction<com.google.gson.JsonElement>
            entry) {
        JsonArray rules = new JsonArray();
        for (int i = 0; i < count; i++) {
            rules.add(entry.apply(i));
        }
        String json = CatalogueValidationTest.valid().set("$.rules", rules).json();
        long start = System.nanoTime();
        int total;
        try {
            CatalogueReader.read(json);
            throw new IllegalStateException("accepted");
        } catch (InvalidCatalogueException e) {
            total = e.total();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%,7d %-42s %,6d ms  (%,d problems, %,d reported; %,d KB)%n", count, what, ms, total,
                Math.min(total, CatalogueReader.MAX_PROBLEMS), json.length() / 1024);
    }
}
