package sg.tsa.advisor.evidence;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.CredentialMatch;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Open Badges 2.0: hosted assertions (Credly's), signed ones, baked in PNG and SVG, and the old URL-only kind. */
class OpenBadges2Test {
    static final String TEMPLATE = "0e8a3b2c-5d9f-4e61-a1b7-2f3c4d5e6f70";
    static final String CREDLY_BADGE_CLASS = "https://api.credly.com/v1/obi/v2/badge_classes/" + TEMPLATE;
    private static final KeyPair KEYS = MadeFiles.keyPair(2);
    private final EvidenceReader reader = new EvidenceReader(TrustedKeys.none());

    private static JsonObject credlyAssertion() {
        return MadeFiles.ob2Assertion(CREDLY_BADGE_CLASS, "AWS Certified Solutions Architect – Associate",
                "2024-08-30T00:00:00.000Z");
    }

    @Test
    void aHostedCredlyBadgeIsReadAndUnverifiable() throws Exception {
        Evidence evidence = reader.read("aws.json", credlyAssertion().toString().getBytes(StandardCharsets.UTF_8));

        assertThat(evidence.format()).isEqualTo(EvidenceFormat.OPEN_BADGES_2);
        assertThat(evidence.achievement()).isEqualTo("AWS Certified Solutions Architect – Associate");
        assertThat(evidence.issuer()).isEqualTo("Amazon Web Services Training and Certification");
        assertThat(evidence.attainedOn()).isEqualTo(LocalDate.of(2024, 8, 30));
        assertThat(evidence.expiresOn()).isEqualTo(LocalDate.of(2027, 8, 30));
        assertThat(evidence.verification()).isEqualTo(Verification.UNVERIFIABLE);
        assertThat(evidence.detail()).contains("check the badge on the issuer's site");
        assertThat(evidence.keys()).containsExactly(new CredentialMatch.AchievementId(CREDLY_BADGE_CLASS),
                new CredentialMatch.CredlyTemplate(TEMPLATE));
    }

    @Test
    void aCredlyTemplateIsFoundWhateverTheHostOrApiVersion() {
        assertThat(CredentialIds.keys("https://www.credly.com/api/v2/badge_classes/" + TEMPLATE.toUpperCase()))
                .contains(new CredentialMatch.CredlyTemplate(TEMPLATE));
        assertThat(CredentialIds.keys("https://api.youracclaim.com/v1/obi/v2/badge_classes/" + TEMPLATE))
                .contains(new CredentialMatch.CredlyTemplate(TEMPLATE));
        assertThat(CredentialIds.keys("https://credly.example.com/badge_classes/" + TEMPLATE)).hasSize(1);
    }

    @Test
    void theHashedRecipientMatchesTheLearnersEmailOnly() throws Exception {
        Evidence evidence = reader.read("aws.json", credlyAssertion().toString().getBytes(StandardCharsets.UTF_8));

        assertThat(evidence.hashedRecipient()).hasValueSatisfying(r -> {
            assertThat(r.matches(" Learner@Example.com ")).isTrue();
            assertThat(r.matches("someone@example.com")).isFalse();
        });
        assertThat(evidence.toString()).doesNotContain("learner@example.com");
    }

    @Test
    void bakedInPngAndSvgItReadsTheSame() throws Exception {
        String json = credlyAssertion().toString();

        Evidence png = reader.read("aws.png", MadeFiles.bakedPng("openbadges", json, false));
        Evidence svg = reader.read("aws.svg", MadeFiles.svg("assertion", SvgText.OB2_NAMESPACE,
                "><![CDATA[" + json + "]]>"));

        for (Evidence evidence : List.of(png, svg)) {
            assertThat(evidence.achievement()).isEqualTo("AWS Certified Solutions Architect – Associate");
            assertThat(evidence.attainedOn()).isEqualTo(LocalDate.of(2024, 8, 30));
            assertThat(evidence.verification()).isEqualTo(Verification.UNVERIFIABLE);
        }
    }

    @Test
    void aSignedBadgeIsUnverifiableWithoutATrustedKeyAndVerifiedOrAlteredWithOne() throws Exception {
        JsonObject assertion = credlyAssertion();
        assertion.add("verification", com.google.gson.JsonParser.parseString(
                "{\"type\": \"SignedBadge\", \"creator\": \"https://issuer.example/key.json\"}"));
        String token = MadeFiles.signJws(assertion, KEYS);
        byte[] svg = MadeFiles.svg("assertion", SvgText.OB2_NAMESPACE, " verify=\"" + token + "\">");
        String issuer = "https://api.credly.com/v1/obi/v2/issuers/aws";

        Evidence untrusted = reader.read("signed.svg", svg);
        assertThat(untrusted.verification()).isEqualTo(Verification.UNVERIFIABLE);
        assertThat(untrusted.detail()).contains("https://issuer.example/key.json", "cannot be fetched offline");

        EvidenceReader trusting = new EvidenceReader(TrustedKeys.parse(List.of(issuer + "="
                + MadeFiles.multibaseKey(KEYS))));
        assertThat(trusting.read("signed.svg", svg).verification()).isEqualTo(Verification.VERIFIED);

        EvidenceReader trustingAnother = new EvidenceReader(TrustedKeys.parse(List.of(issuer + "="
                + MadeFiles.multibaseKey(MadeFiles.keyPair(99)))));
        assertThat(trustingAnother.read("signed.svg", svg).verification()).isEqualTo(Verification.ALTERED);
    }

    @Test
    void anOldBakedBadgeWithOnlyAUrlIsRecognisedAndExplained() throws Exception {
        byte[] png = MadeFiles.withChunk(MadeFiles.plainPng(), "tEXt",
                "openbadges\0https://badges.example.org/assertions/42".getBytes(StandardCharsets.ISO_8859_1));

        Evidence evidence = reader.read("old.png", png);

        assertThat(evidence.verification()).isEqualTo(Verification.UNVERIFIABLE);
        assertThat(evidence.detail()).contains("https://badges.example.org/assertions/42", "nothing to read offline");
        assertThat(evidence.achievement()).isNull();
    }

    @Test
    void aPngWithoutBadgeDataIsNotACredentialFile() {
        assertThatThrownBy(() -> reader.read("photo.png", MadeFiles.plainPng()))
                .isInstanceOf(NotACredentialFileException.class).hasMessageContaining("without badge data");
    }
}
