package sg.tsa.advisor.evidence;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.bouncycastle.jcajce.provider.digest.Keccak;
import sg.tsa.advisor.catalogue.CredentialMatch;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OpenCerts certificates: OpenAttestation v2 documents ({@code .opencert}). Each value is salted
 * ({@code salt:type:value}); the document's target hash is keccak-256 of the JSON array of the sorted keccak-256
 * hashes (hexadecimal) of every flattened field and of the fields the holder obfuscated, and a Merkle proof leads from it to the Merkle root
 * that the issuer recorded on a blockchain. Both are checked here, with BouncyCastle's keccak-256; whether the root
 * was really recorded cannot be checked offline, so a sound file is at best {@link Verification#INTACT}.
 * Only the fields shown are unsalted and kept: the recipient's national identity number and e-mail are never read.
 */
final class OpenAttestation {
    private static final HexFormat HEX = HexFormat.of();

    private final OpenCertsRegistry registry;

    OpenAttestation(OpenCertsRegistry registry) {
        this.registry = registry;
    }

    static boolean isDocument(JsonObject json) {
        return JsonText.object(json, "signature").filter(s -> s.has("merkleRoot")).isPresent()
                || JsonText.string(json, "version").filter(v -> v.contains("openattestation")).isPresent();
    }

    Evidence read(String file, JsonObject document) throws NotACredentialFileException {
        if (JsonText.string(document, "version").filter(v -> v.contains("/3.0/")).isPresent()) {
            throw new NotACredentialFileException("an OpenAttestation 3.0 document: only OpenCerts"
                    + " (OpenAttestation 2.0) certificates are read");
        }
        JsonObject data = JsonText.object(document, "data").orElseThrow(() ->
                new NotACredentialFileException("an OpenCerts file without its data"));
        JsonObject issuer = first(data, "issuers").orElse(null);
        String name = unsalted(data, "name").orElse(null);
        String store = unsalted(issuer, "documentStore").or(() -> unsalted(issuer, "certificateStore")).orElse(null);
        String issuerInFile = unsalted(issuer, "name").orElse(null);
        LocalDate issued = unsalted(data, "issuedOn").flatMap(StatedDates::parse).orElse(null);
        LocalDate expires = unsalted(data, "expiresOn").flatMap(StatedDates::parse).orElse(null);
        Checked checked = check(document, data);
        List<CredentialMatch> keys = store != null && store.matches("0x[0-9a-fA-F]{40}") && name != null
                ? List.of(new CredentialMatch.OpenCerts(store, name)) : List.of();
        return new Evidence(file, EvidenceFormat.OPENCERTS, name, issuerName(store, issuerInFile), issued, expires,
                keys, checked.level(), checked.detail(), null);
    }

    private String issuerName(String store, String inFile) {
        Optional<OpenCertsRegistry.Entry> entry = registry.find(store);
        String named = inFile == null ? "an issuer not named in the file" : inFile;
        if (entry.isEmpty()) {
            return named + " (test network: document store " + store + " is not in the OpenCerts registry of "
                    + registry.retrievedOn() + ")";
        }
        return entry.get().testNetwork() ? entry.get().name() + " (test network)" : entry.get().name();
    }

    private Checked check(JsonObject document, JsonObject data) {
        JsonObject signature = JsonText.object(document, "signature").orElse(null);
        Optional<byte[]> target = hex(JsonText.string(signature, "targetHash").orElse(null));
        Optional<byte[]> root = hex(JsonText.string(signature, "merkleRoot").orElse(null));
        if (signature == null || target.isEmpty() || root.isEmpty()) {
            return Checked.of(Verification.ALTERED, "its integrity proof (target hash and Merkle root) is missing or"
                    + " malformed: do not count it");
        }
        List<String> hashes = new ArrayList<>();
        flatten(data, "", (key, value) -> hashes.add(HEX.formatHex(keccak(("{" + JsJson.string(key) + ":"
                + JsJson.value(value) + "}").getBytes(StandardCharsets.UTF_8)))));
        JsonElement obfuscated = JsonText.object(document, "privacy").map(p -> p.get("obfuscatedData")).orElse(null);
        if (obfuscated != null && obfuscated.isJsonArray()) {
            for (JsonElement hash : obfuscated.getAsJsonArray()) {
                if (!hash.isJsonPrimitive() || hex(hash.getAsString()).isEmpty()) {
                    return Checked.of(Verification.ALTERED, "its list of hidden fields is malformed: do not count it");
                }
                hashes.add(hash.getAsString());
            }
        }
        Collections.sort(hashes);
        StringBuilder sorted = new StringBuilder("[");
        for (String hash : hashes) {
            sorted.append(sorted.length() > 1 ? "," : "").append(JsJson.string(hash));
        }
        byte[] digest = keccak(sorted.append(']').toString().getBytes(StandardCharsets.UTF_8));
        if (!Arrays.equals(digest, target.get())) {
            return Checked.of(Verification.ALTERED, "its contents do not match its target hash: the certificate was"
                    + " changed after it was issued; do not count it");
        }
        byte[] node = target.get();
        JsonElement proof = signature.get("proof");
        if (proof != null && proof.isJsonArray()) {
            for (JsonElement step : proof.getAsJsonArray()) {
                Optional<byte[]> sibling = step.isJsonPrimitive() ? hex(step.getAsString()) : Optional.empty();
                if (sibling.isEmpty()) {
                    return Checked.of(Verification.ALTERED, "its Merkle proof is malformed: do not count it");
                }
                node = Arrays.compareUnsigned(node, sibling.get()) <= 0 ? keccak(node, sibling.get())
                        : keccak(sibling.get(), node);
            }
        }
        if (!Arrays.equals(node, root.get())) {
            return Checked.of(Verification.ALTERED, "its Merkle proof does not lead to its Merkle root: do not count"
                    + " it");
        }
        return Checked.of(Verification.INTACT, "its contents match its target hash and its Merkle proof holds;"
                + " whether the issuer recorded it on the blockchain cannot be checked offline: verify the file at"
                + " opencerts.io");
    }

    /** The fields of {@code data} as the {@code flat} library of OpenAttestation names them: a.b, list.0.c. */
    private static void flatten(JsonElement element, String prefix, java.util.function.BiConsumer<String, JsonElement> out) {
        if (element.isJsonObject() && !element.getAsJsonObject().isEmpty()) {
            for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
                flatten(entry.getValue(), prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), out);
            }
        } else if (element.isJsonArray() && !element.getAsJsonArray().isEmpty()) {
            JsonArray array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                flatten(array.get(i), prefix.isEmpty() ? String.valueOf(i) : prefix + "." + i, out);
            }
        } else {
            out.accept(prefix, element);
        }
    }

    private static Optional<JsonObject> first(JsonObject data, String key) {
        JsonElement list = data.get(key);
        return list != null && list.isJsonArray() && !list.getAsJsonArray().isEmpty()
                && list.getAsJsonArray().get(0).isJsonObject()
                ? Optional.of(list.getAsJsonArray().get(0).getAsJsonObject()) : Optional.empty();
    }

    /** The value of a salted string field ({@code salt:string:value}). */
    static Optional<String> unsalted(JsonObject object, String key) {
        return JsonText.string(object, key).flatMap(salted -> {
            int first = salted.indexOf(':');
            int second = first < 0 ? -1 : salted.indexOf(':', first + 1);
            if (second < 0 || !salted.substring(first + 1, second).equals("string")) {
                return Optional.empty();
            }
            return Optional.of(salted.substring(second + 1));
        });
    }

    private static Optional<byte[]> hex(String text) {
        if (text == null || !text.matches("(0x)?[0-9a-fA-F]{64}")) {
            return Optional.empty();
        }
        return Optional.of(HEX.parseHex(text.startsWith("0x") ? text.substring(2) : text));
    }

    static byte[] keccak(byte[]... parts) {
        Keccak.Digest256 digest = new Keccak.Digest256();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    /** JSON text exactly as JavaScript's {@code JSON.stringify} writes a flattened leaf, which the hashes cover. */
    static final class JsJson {
        private JsJson() {
        }

        static String value(JsonElement value) {
            if (value == null || value instanceof JsonNull) {
                return "null";
            }
            if (value.isJsonObject()) {
                return "{}";
            }
            if (value.isJsonArray()) {
                return "[]";
            }
            JsonPrimitive primitive = value.getAsJsonPrimitive();
            if (primitive.isString()) {
                return string(primitive.getAsString());
            }
            return primitive.isBoolean() ? primitive.getAsString() : number(primitive);
        }

        private static String number(JsonPrimitive number) {
            double d = number.getAsDouble();
            return d == Math.rint(d) && Math.abs(d) < 1e21 ? String.valueOf((long) d) : String.valueOf(d);
        }

        static String string(String text) {
            StringBuilder out = new StringBuilder(text.length() + 2).append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                                && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                                && !(Character.isLowSurrogate(c) && i > 0
                                && Character.isHighSurrogate(text.charAt(i - 1)));
                        if (c < 0x20 || loneSurrogate) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
