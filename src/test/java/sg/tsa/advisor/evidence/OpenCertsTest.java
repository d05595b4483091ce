package sg.tsa.advisor.evidence;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.CredentialMatch;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** OpenCerts (OpenAttestation v2): public samples and documents with salts and Merkle trees made here. */
class OpenCertsTest {
    /** Temasek Polytechnic's document store in the bundled registry. */
    static final String TP_STORE = "0x4d05f843718da742b4229938f972a3eb969c25ce";
    private final EvidenceReader reader = new EvidenceReader(TrustedKeys.none());

    private static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void thePublicSampleIsIntactAndNamedAsOnATestNetwork() throws Exception {
        Evidence evidence = reader.read("demo.opencert", TestFiles.bytes("opencerts-sample-sepolia.opencert"));

        assertThat(evidence.format()).isEqualTo(EvidenceFormat.OPENCERTS);
        assertThat(evidence.achievement()).isEqualTo("GovTech Demo Certificate");
        assertThat(evidence.attainedOn()).isEqualTo(LocalDate.of(2019, 5, 29));
        assertThat(evidence.issuer()).isEqualTo("OpenCerts (test network)");
        assertThat(evidence.verification()).isEqualTo(Verification.INTACT);
        assertThat(evidence.detail()).contains("Merkle proof holds", "cannot be checked offline");
        assertThat(evidence.keys()).containsExactly(new CredentialMatch.OpenCerts(
                "0x80ca96D2Aab5E1E23876a4D8140Ee1292327a4cd", "GovTech Demo Certificate"));
    }

    @Test
    void thePublicTamperedSampleIsAltered() throws Exception {
        Evidence evidence = reader.read("tampered.opencert", TestFiles.bytes("opencerts-tampered.opencert"));

        assertThat(evidence.verification()).isEqualTo(Verification.ALTERED);
        assertThat(evidence.detail()).contains("target hash");
    }

    @Test
    void thePublicSampleWithAMalformedMerkleRootIsAltered() throws Exception {
        assertThat(reader.read("x.opencert", TestFiles.bytes("opencerts-wrong-merkle-odd-length.opencert"))
                .verification()).isEqualTo(Verification.ALTERED);
    }

    @Test
    void aDocumentMadeHereIsIntactAndNamedFromTheRegistry() throws Exception {
        JsonObject document = MadeFiles.openCerts(TP_STORE, "Diploma in Information Technology", "2023-05-02", 1)
                .get(0);

        Evidence evidence = reader.read("dit.opencert", bytes(document));

        assertThat(evidence.achievement()).isEqualTo("Diploma in Information Technology");
        assertThat(evidence.issuer()).isEqualTo("Temasek Polytechnic");
        assertThat(evidence.attainedOn()).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(evidence.verification()).isEqualTo(Verification.INTACT);
    }

    @Test
    void aStoreNotInTheRegistryIsCalledATestNetwork() throws Exception {
        JsonObject document = MadeFiles.openCerts("0x1111111111111111111111111111111111111111", "Diploma", "2023-05-02",
                2).get(0);

        assertThat(reader.read("d.opencert", bytes(document)).issuer())
                .startsWith("Example Polytechnic (test network: document store 0x1111")
                .contains("not in the OpenCerts registry");
    }

    @Test
    void eachDocumentOfATreeProvesItsOwnPlace() throws Exception {
        List<JsonObject> tree = MadeFiles.openCerts(TP_STORE, "Diploma in IT", "2023-05-02", 3);

        assertThat(reader.read("second.opencert", bytes(tree.get(1))).verification()).isEqualTo(Verification.INTACT);
    }

    @Test
    void aChangedValueIsAltered() throws Exception {
        JsonObject document = MadeFiles.openCerts(TP_STORE, "Diploma in IT", "2023-05-02", 4).get(0);
        JsonObject data = document.getAsJsonObject("data");
        String salted = data.get("issuedOn").getAsString();
        data.addProperty("issuedOn", salted.replace("2023-05-02", "2020-05-02"));

        Evidence evidence = reader.read("changed.opencert", bytes(document));

        assertThat(evidence.verification()).isEqualTo(Verification.ALTERED);
        assertThat(evidence.detail()).contains("changed after it was issued");
    }

    @Test
    void aChangedMerkleProofIsAltered() throws Exception {
        List<JsonObject> tree = MadeFiles.openCerts(TP_STORE, "Diploma in IT", "2023-05-02", 5);
        JsonObject first = tree.get(0);
        first.getAsJsonObject("signature").getAsJsonArray("proof").set(0,
                new com.google.gson.JsonPrimitive("00".repeat(32)));

        Evidence evidence = reader.read("proof.opencert", bytes(first));

        assertThat(evidence.verification()).isEqualTo(Verification.ALTERED);
        assertThat(evidence.detail()).contains("Merkle proof does not lead to its Merkle root");
    }

    @Test
    void aFieldHiddenByTheHolderStillProvesTheDocument() throws Exception {
        JsonObject document = MadeFiles.openCerts(TP_STORE, "Diploma in IT", "2023-05-02", 6).get(0);
        JsonObject recipient = document.getAsJsonObject("data").getAsJsonObject("recipient");
        String nric = recipient.get("nric").getAsString();
        JsonObject leaf = new JsonObject();
        leaf.addProperty("recipient.nric", nric);
        recipient.remove("nric");
        JsonObject privacy = new JsonObject();
        com.google.gson.JsonArray hidden = new com.google.gson.JsonArray();
        hidden.add(java.util.HexFormat.of().formatHex(OpenAttestation.keccak(leaf.toString()
                .getBytes(StandardCharsets.UTF_8))));
        privacy.add("obfuscatedData", hidden);
        document.add("privacy", privacy);

        assertThat(reader.read("hidden.opencert", bytes(document)).verification()).isEqualTo(Verification.INTACT);
    }

    @Test
    void noNationalIdentityNumberOrEmailIsKept() throws Exception {
        JsonObject document = MadeFiles.openCerts(TP_STORE, "Diploma in IT", "2023-05-02", 7).get(0);

        Evidence evidence = reader.read("dit.opencert", bytes(document));

        assertThat(evidence.toString()).doesNotContain("S1234567D", "weiling@example.com", "Tan Wei Ling");
    }
}
