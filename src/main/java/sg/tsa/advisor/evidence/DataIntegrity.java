package sg.tsa.advisor.evidence;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Checks an embedded Data Integrity proof of cryptosuite {@code eddsa-rdfc-2022} (and the older
 * {@code Ed25519Signature2020}, which signs the same way): the credential without its proof and the proof without
 * its value are each turned into RDF with the bundled contexts, canonicalised (RDFC-1.0), hashed with SHA-256, and
 * the two hashes, proof first, are the message the Ed25519 signature covers.
 */
final class DataIntegrity {
    /** What the check found: {@code valid} is empty when the proof could not be checked at all. */
    record Outcome(Optional<Boolean> valid, byte[] key, String why) {
    }

    private final BundledContexts contexts;

    DataIntegrity(BundledContexts contexts) {
        this.contexts = contexts;
    }

    Outcome check(JsonObject credential, JsonObject proof) {
        String type = JsonText.string(proof, "type").orElse("");
        String suite = JsonText.string(proof, "cryptosuite").orElse("");
        boolean dataIntegrity = type.equals("DataIntegrityProof") && suite.equals("eddsa-rdfc-2022");
        if (!dataIntegrity && !type.equals("Ed25519Signature2020")) {
            return cannot("its proof is of a kind this application does not check (" + type
                    + (suite.isEmpty() ? "" : ", " + suite) + ")");
        }
        String method = JsonText.string(proof, "verificationMethod").orElse(null);
        Optional<byte[]> key = Ed25519.keyNamedBy(method);
        if (key.isEmpty()) {
            return cannot("its proof names the key " + method + ", which cannot be fetched offline");
        }
        Optional<byte[]> signature = Ed25519.multibase(JsonText.string(proof, "proofValue").orElse(null));
        if (signature.isEmpty() || signature.get().length != 64) {
            return new Outcome(Optional.of(false), key.get(), "its proof value is not an Ed25519 signature");
        }
        JsonObject document = credential.deepCopy();
        document.remove("proof");
        JsonObject options = proof.deepCopy();
        options.remove("proofValue");
        if (dataIntegrity || !options.has("@context")) {
            JsonElement context = credential.get("@context");
            if (context == null) {
                return new Outcome(Optional.of(false), key.get(), "it has no @context");
            }
            options.add("@context", context.deepCopy());
        }
        try {
            byte[] message = concat(sha256(canonical(options)), sha256(canonical(document)));
            boolean valid = Ed25519.verify(key.get(), message, signature.get());
            return new Outcome(Optional.of(valid), key.get(), valid ? "its " + suite(type, suite)
                    + " signature is valid for the key it names" : "its " + suite(type, suite)
                    + " signature does not match its contents");
        } catch (JsonLdError e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cannot("its linked data cannot be read offline: " + cause.getMessage());
        }
    }

    private static String suite(String type, String suite) {
        return suite.isEmpty() ? type : suite;
    }

    /** The canonical N-Quads of a JSON-LD document, contexts from the bundle only. */
    String canonical(JsonObject json) throws JsonLdError {
        RdfCanon canon = RdfCanon.create("SHA-256");
        JsonLd.toRdf(JsonDocument.of(new StringReader(json.toString()))).loader(contexts).provide(canon);
        StringWriter nquads = new StringWriter();
        try {
            canon.provide(new NQuadsWriter(nquads));
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("writing N-Quads to memory failed", e);
        }
        return nquads.toString();
    }

    private static Outcome cannot(String why) {
        return new Outcome(Optional.empty(), null, why);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
