package sg.tsa.advisor.evidence;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Open Badges 3.0: the 1EdTech sample, and credentials signed here with a key made for the test. */
class OpenBadges3Test {
    private static final KeyPair KEYS = MadeFiles.keyPair(3);
    private final EvidenceReader reader = new EvidenceReader(TrustedKeys.none());

    private static JsonObject signed() {
        return MadeFiles.signDataIntegrity(MadeFiles.ob3Credential("Networking Essentials", "2024-08-30T00:00:00Z",
                "2027-08-30T00:00:00Z"), KEYS);
    }

    private static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSpecificationsSignedSampleIsIntact() throws Exception {
        Evidence evidence = reader.read("teamwork.json", TestFiles.bytes("1edtech-ob3-signed-credential.json"));

        assertThat(evidence.format()).isEqualTo(EvidenceFormat.OPEN_BADGES_3);
        assertThat(evidence.achievement()).isEqualTo("Teamwork");
        assertThat(evidence.issuer()).isEqualTo("Example Corp");
        assertThat(evidence.attainedOn()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(evidence.verification()).isEqualTo(Verification.INTACT);
        assertThat(evidence.detail()).contains("eddsa-rdfc-2022", "valid", "cannot be confirmed offline");
    }

    @Test
    void theSpecificationsSampleIsVerifiedUnderAKeyTrustedForItsIssuer() throws Exception {
        EvidenceReader trusting = new EvidenceReader(TrustedKeys.parse(List.of(
                "https://example.edu/issuers/565049=z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")));

        Evidence evidence = trusting.read("teamwork.json", TestFiles.bytes("1edtech-ob3-signed-credential.json"));

        assertThat(evidence.verification()).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void aKeyTrustedForAnotherIssuerDoesNotVerify() throws Exception {
        EvidenceReader trusting = new EvidenceReader(TrustedKeys.parse(List.of(
                "https://other.example/issuer=z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")));

        assertThat(trusting.read("t.json", TestFiles.bytes("1edtech-ob3-signed-credential.json")).verification())
                .isEqualTo(Verification.INTACT);
    }

    @Test
    void theSpecificationsSampleWithItsAchievementRenamedIsAltered() throws Exception {
        JsonObject sample = TestFiles.json("1edtech-ob3-signed-credential.json");
        sample.getAsJsonObject("credentialSubject").getAsJsonObject("achievement").addProperty("name", "Leadership");

        Evidence evidence = reader.read("teamwork.json", bytes(sample));

        assertThat(evidence.verification()).isEqualTo(Verification.ALTERED);
        assertThat(evidence.detail()).contains("does not match", "do not count it");
    }

    @Test
    void aCredentialSignedHereReadsWithItsDatesAndAchievementId() throws Exception {
        Evidence evidence = reader.read("made.json", bytes(signed()));

        assertThat(evidence.achievement()).isEqualTo("Networking Essentials");
        assertThat(evidence.issuer()).isEqualTo("Example Networking Academy");
        assertThat(evidence.attainedOn()).isEqualTo(LocalDate.of(2024, 8, 30));
        assertThat(evidence.expiresOn()).isEqualTo(LocalDate.of(2027, 8, 30));
        assertThat(evidence.verification()).isEqualTo(Verification.INTACT);
        assertThat(evidence.keys()).contains(new sg.tsa.advisor.catalogue.CredentialMatch.AchievementId(
                MadeFiles.ACHIEVEMENT_ID));
    }

    @Test
    void awardedDateComesBeforeValidFrom() throws Exception {
        JsonObject credential = MadeFiles.ob3Credential("Networking Essentials", "2024-08-30T00:00:00Z", null);
        credential.addProperty("awardedDate", "2024-08-15T10:00:00+08:00");

        assertThat(reader.read("a.json", bytes(MadeFiles.signDataIntegrity(credential, KEYS))).attainedOn())
                .isEqualTo(LocalDate.of(2024, 8, 15));
    }

    @Test
    void changingTheValidFromDateOfASignedCredentialIsSeen() throws Exception {
        JsonObject altered = signed();
        altered.addProperty("validFrom", "2021-08-30T00:00:00Z");

        assertThat(reader.read("made.json", bytes(altered)).verification()).isEqualTo(Verification.ALTERED);
    }

    @Test
    void aCredentialWithoutProofIsUnverifiable() throws Exception {
        Evidence evidence = reader.read("plain.json", bytes(MadeFiles.ob3Credential("X", "2024-01-01", null)));

        assertThat(evidence.verification()).isEqualTo(Verification.UNVERIFIABLE);
        assertThat(evidence.detail()).contains("no proof", "issuer's site");
    }

    @Test
    void aProofByAKeyAtAUrlIsUnverifiable() throws Exception {
        JsonObject credential = signed();
        credential.getAsJsonObject("proof").addProperty("verificationMethod", "https://badges.example.edu/keys/1");

        Evidence evidence = reader.read("url-key.json", bytes(credential));

        assertThat(evidence.verification()).isEqualTo(Verification.UNVERIFIABLE);
        assertThat(evidence.detail()).contains("https://badges.example.edu/keys/1", "cannot be fetched offline");
    }

    @Test
    void aVcJwtSignedHereIsIntactAndAlteredWhenItsPayloadChanges() throws Exception {
        JsonObject payload = new JsonObject();
        payload.addProperty("iss", MadeFiles.ISSUER_ID);
        payload.add("vc", MadeFiles.ob3Credential("Cloud Practitioner", "2023-03-01T00:00:00Z", null));
        String token = MadeFiles.signJws(payload, KEYS);

        Evidence evidence = reader.read("badge.jwt", token.getBytes(StandardCharsets.US_ASCII));
        assertThat(evidence.achievement()).isEqualTo("Cloud Practitioner");
        assertThat(evidence.attainedOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(evidence.verification()).isEqualTo(Verification.INTACT);

        payload.getAsJsonObject("vc").addProperty("validFrom", "2020-03-01T00:00:00Z");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + MadeFiles.base64Url(payload.toString().getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(reader.read("badge.jwt", forged.getBytes(StandardCharsets.US_ASCII)).verification())
                .isEqualTo(Verification.ALTERED);
    }

    @Test
    void bakedInPngAndSvgTheSameCredentialReadsTheSame() throws Exception {
        String json = signed().toString();

        Evidence png = reader.read("badge.png", MadeFiles.bakedPng("openbadgecredential", json, false));
        Evidence compressed = reader.read("badge.png", MadeFiles.bakedPng("openbadgecredential", json, true));
        Evidence svg = reader.read("badge.svg", MadeFiles.svg("credential", SvgText.OB3_NAMESPACE,
                "><![CDATA[" + json + "]]>"));

        for (Evidence evidence : List.of(png, compressed, svg)) {
            assertThat(evidence.achievement()).isEqualTo("Networking Essentials");
            assertThat(evidence.verification()).isEqualTo(Verification.INTACT);
        }
    }

    @Test
    void aBakedPngWhoseCredentialWasEditedIsAltered() throws Exception {
        String edited = signed().toString().replace("Networking Essentials", "Networking Professional");

        assertThat(reader.read("badge.png", MadeFiles.bakedPng("openbadgecredential", edited, false))
                .verification()).isEqualTo(Verification.ALTERED);
    }
}
