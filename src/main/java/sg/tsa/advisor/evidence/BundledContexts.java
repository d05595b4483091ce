package sg.tsa.advisor.evidence;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON-LD document loader of every proof check: it serves the contexts bundled with the application (W3C
 * Verifiable Credentials v1 and v2, Data Integrity v1 and v2, Open Badges 3.0.0 to 3.0.3; sources in
 * {@code resources/evidence/SOURCES.md}) and refuses every other URL, so that checking a file never opens a network
 * connection.
 */
public final class BundledContexts implements DocumentLoader {
    private static final Map<String, String> RESOURCES = Map.of(
            "https://www.w3.org/2018/credentials/v1", "credentials-v1.jsonld",
            "https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld",
            "https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld",
            "https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context.json", "ob-context-3.0.0.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-context-3.0.1.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-context-3.0.2.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-context-3.0.3.json");

    private final Map<String, String> extra;

    /** The bundled contexts only. */
    public BundledContexts() {
        this(Map.of());
    }

    /** The bundled contexts and {@code extra} (URL → context JSON), for test vectors that use their own. */
    BundledContexts(Map<String, String> extra) {
        this.extra = Map.copyOf(extra);
    }

    /** The context URLs served. */
    public Set<String> urls() {
        Map<String, String> all = new HashMap<>(RESOURCES);
        all.putAll(extra);
        return all.keySet();
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String key = url.toString();
        if (extra.containsKey(key)) {
            return JsonDocument.of(new StringReader(extra.get(key)));
        }
        String resource = RESOURCES.get(key);
        if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "the context " + key + " is not bundled with the application, and nothing is fetched");
        }
        try (InputStream in = BundledContexts.class.getResourceAsStream("/evidence/contexts/" + resource)) {
            if (in == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "bundled context missing: " + resource);
            }
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "cannot read bundled context " + resource);
        }
    }
}
