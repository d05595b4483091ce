package sg.tsa.advisor.evidence;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checking a credential never reaches out: the document loader refuses every URL it does not bundle. */
class NoNetworkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.w3.org/2018/credentials/examples/v1", "http://127.0.0.1:9/context.json",
            "https://w3id.org/security/suites/ed25519-2020/v1", "file:///etc/passwd",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.9.json"})
    void theLoaderRefusesEveryUrlItDoesNotBundle(String url) {
        assertThatThrownBy(() -> new BundledContexts().loadDocument(URI.create(url), new DocumentLoaderOptions()))
                .isInstanceOf(JsonLdError.class).hasMessageContaining("not bundled").hasMessageContaining(url);
    }

    @Test
    void theLoaderServesEveryBundledContext() throws Exception {
        BundledContexts contexts = new BundledContexts();

        assertThat(contexts.urls()).hasSize(8);
        for (String url : contexts.urls()) {
            assertThat(contexts.loadDocument(URI.create(url), new DocumentLoaderOptions()).getJsonContent())
                    .as(url).isPresent();
        }
    }

    @Test
    void aCredentialWhoseContextIsOnALocalServerNeverConnectsToIt() throws Exception {
        KeyPair keys = MadeFiles.keyPair(7);
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            server.configureBlocking(false);
            String url = "http://127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort() + "/ctx";
            JsonObject credential = MadeFiles.signDataIntegrity(MadeFiles.ob3Credential("X", "2024-01-01", null), keys);
            credential.getAsJsonArray("@context").add(url);

            Evidence evidence = new EvidenceReader(TrustedKeys.none())
                    .read("remote.json", credential.toString().getBytes(StandardCharsets.UTF_8));

            assertThat(evidence.verification()).isEqualTo(Verification.UNVERIFIABLE);
            assertThat(evidence.detail()).contains(url, "not bundled");
            assertThat(server.accept()).as("a connection to the local server").isNull();
        }
    }

    @Test
    void aContextGivenInsideTheFileIsUsedWithoutFetchingAnything() throws Exception {
        JsonObject inline = new JsonObject();
        inline.addProperty("@vocab", "https://example.org/terms#");
        JsonObject credential = MadeFiles.ob3Credential("X", "2024-01-01", null);
        JsonArray context = credential.getAsJsonArray("@context");
        context.add(inline);

        Evidence evidence = new EvidenceReader(TrustedKeys.none()).read("inline.json",
                MadeFiles.signDataIntegrity(credential, MadeFiles.keyPair(8)).toString()
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(evidence.verification()).isEqualTo(Verification.INTACT);
    }
}
