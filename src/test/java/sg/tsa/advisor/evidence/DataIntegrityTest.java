package sg.tsa.advisor.evidence;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The W3C eddsa-rdfc-2022 test vector, checked offline with the bundled contexts. */
class DataIntegrityTest {
    static final String EXAMPLES_CONTEXT = "https://www.w3.org/ns/credentials/examples/v2";

    static DataIntegrity withExamplesContext() {
        return new DataIntegrity(new BundledContexts(Map.of(EXAMPLES_CONTEXT,
                TestFiles.text("credentials-examples-v2.jsonld"))));
    }

    @Test
    void theW3cTestVectorCanonicalisesAsPublished() throws Exception {
        JsonObject signed = TestFiles.json("w3c-eddsa-rdfc-2022-signed.json");
        signed.remove("proof");

        assertThat(withExamplesContext().canonical(signed))
                .isEqualTo(TestFiles.text("w3c-eddsa-rdfc-2022-canon-doc.nq"));
    }

    @Test
    void theW3cTestVectorSignatureIsValid() {
        JsonObject signed = TestFiles.json("w3c-eddsa-rdfc-2022-signed.json");

        DataIntegrity.Outcome outcome = withExamplesContext().check(signed, signed.getAsJsonObject("proof"));

        assertThat(outcome.valid()).contains(true);
        assertThat(Ed25519.multibaseKeyText(outcome.key()))
                .isEqualTo("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
    }

    @Test
    void changingOneValueOfTheTestVectorBreaksItsSignature() {
        JsonObject signed = TestFiles.json("w3c-eddsa-rdfc-2022-signed.json");
        signed.getAsJsonObject("credentialSubject").addProperty("alumniOf", "The School of Forgeries");

        assertThat(withExamplesContext().check(signed, signed.getAsJsonObject("proof")).valid()).contains(false);
    }

    @Test
    void aContextThatIsNotBundledIsRefusedNotFetched() {
        JsonObject signed = TestFiles.json("w3c-eddsa-rdfc-2022-signed.json");

        DataIntegrity.Outcome outcome = new DataIntegrity(new BundledContexts())
                .check(signed, signed.getAsJsonObject("proof"));

        assertThat(outcome.valid()).isEmpty();
        assertThat(outcome.why()).contains(EXAMPLES_CONTEXT, "not bundled");
    }
}
