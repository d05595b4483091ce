package sg.tsa.advisor.evidence;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of OpenCerts document stores, from a snapshot of the public OpenCerts registry bundled as
 * {@code resources/evidence/opencerts-registry.json} (its source and date are in that file). Entries the registry
 * marks with a test network's name ("SEPOLIA: …") are test stores.
 */
final class OpenCertsRegistry {
    private static final Pattern TEST_NETWORK = Pattern.compile("(ROPSTEN|RINKEBY|GOERLI|SEPOLIA|AMOY|MUMBAI|KOVAN)"
            + ":\\s*(.*)");

    /** An issuer as the registry names it; {@code testNetwork} when the store is on a test network. */
    record Entry(String name, boolean testNetwork) {
    }

    private final Map<String, String> names;
    private final String retrievedOn;

    private OpenCertsRegistry(Map<String, String> names, String retrievedOn) {
        this.names = names;
        this.retrievedOn = retrievedOn;
    }

    static OpenCertsRegistry bundled() {
        try (InputStream in = OpenCertsRegistry.class.getResourceAsStream("/evidence/opencerts-registry.json")) {
            if (in == null) {
                throw new IllegalStateException("the bundled OpenCerts registry is missing");
            }
            JsonObject json = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            Map<String, String> names = new HashMap<>();
            json.getAsJsonObject("documentStores").entrySet()
                    .forEach(e -> names.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().getAsString()));
            return new OpenCertsRegistry(Map.copyOf(names), json.get("retrievedOn").getAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The day the bundled snapshot was taken. */
    String retrievedOn() {
        return retrievedOn;
    }

    Optional<Entry> find(String store) {
        String name = store == null ? null : names.get(store.toLowerCase(Locale.ROOT));
        if (name == null) {
            return Optional.empty();
        }
        Matcher test = TEST_NETWORK.matcher(name);
        return Optional.of(test.matches() ? new Entry(test.group(2), true) : new Entry(name, false));
    }
}
