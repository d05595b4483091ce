package sg.tsa.advisor.evidence;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Open Badges 3.0 ({@code OpenBadgeCredential} / {@code AchievementCredential}, Verifiable Credentials data model 1.1
 * or 2.0), as JSON with embedded proofs or as a VC-JWT. The badge's name is {@code credentialSubject.achievement.name}
 * (Credly puts the earner's name in the credential's own {@code name}).
 */
final class OpenBadges3 {
    private final DataIntegrity dataIntegrity;
    private final TrustedKeys trusted;

    OpenBadges3(DataIntegrity dataIntegrity, TrustedKeys trusted) {
        this.dataIntegrity = dataIntegrity;
        this.trusted = trusted;
    }

    static boolean isCredential(JsonObject json) {
        return JsonText.strings(json, "@context").stream().anyMatch(c -> c.startsWith("https://www.w3.org/2018/credentials")
                || c.startsWith("https://www.w3.org/ns/credentials"));
    }

    /** A credential in JSON; its embedded proofs decide the verification. */
    Evidence fromJson(String file, JsonObject credential) {
        return evidence(file, credential, proofs(credential));
    }

    /** A VC-JWT: VC 1.1 puts the credential in the {@code vc} claim, VC-JOSE 2.0 makes it the payload. */
    Evidence fromJwt(String file, CompactJws jws) throws NotACredentialFileException {
        JsonObject payload = JsonText.object(jws.payload(), "the token's payload");
        JsonObject credential = JsonText.object(payload, "vc").orElse(payload);
        if (!isCredential(credential)) {
            throw new NotACredentialFileException("a signed token, but not a verifiable credential");
        }
        String issuer = issuerId(credential).or(() -> JsonText.string(payload, "iss")).orElse(null);
        Checked checked = jws.checkWithOwnKey().map(own -> own.valid()
                        ? trusted.validSignature(issuer, own.ed25519Key(), "its " + jws.algorithm()
                        + " signature (VC-JWT) is valid for the key it names")
                        : Checked.of(Verification.ALTERED, "its " + jws.algorithm()
                        + " signature (VC-JWT) does not match its contents: do not count it"))
                .orElseGet(() -> Checked.of(Verification.UNVERIFIABLE, "it is signed (VC-JWT) with the key "
                        + jws.keyId() + ", which cannot be fetched offline: check the credential on the issuer's site"));
        Evidence evidence = evidence(file, credential, checked);
        if (evidence.attainedOn() == null) {
            Optional<LocalDate> notBefore = numericDate(payload, "nbf");
            return new Evidence(file, evidence.format(), evidence.achievement(), evidence.issuer(),
                    notBefore.orElse(null), evidence.expiresOn() != null ? evidence.expiresOn()
                    : numericDate(payload, "exp").orElse(null), evidence.keys(), evidence.verification(),
                    evidence.detail(), evidence.recipient());
        }
        return evidence;
    }

    private Evidence evidence(String file, JsonObject credential, Checked checked) {
        JsonObject subject = subject(credential);
        JsonObject achievement = JsonText.object(subject, "achievement").orElse(null);
        String achievementName = JsonText.string(achievement, "name").orElse(null);
        String achievementId = JsonText.string(achievement, "id").orElse(null);
        String issuerName = JsonText.object(credential, "issuer").flatMap(i -> JsonText.string(i, "name"))
                .or(() -> issuerId(credential)).orElse(null);
        LocalDate attained = date(credential, "awardedDate").or(() -> date(credential, "validFrom"))
                .or(() -> date(credential, "issuanceDate")).orElse(null);
        LocalDate expires = date(credential, "validUntil").or(() -> date(credential, "expirationDate")).orElse(null);
        return new Evidence(file, EvidenceFormat.OPEN_BADGES_3, achievementName, issuerName, attained, expires,
                CredentialIds.keys(achievementId), checked.level(), checked.detail(), recipient(subject));
    }

    private Checked proofs(JsonObject credential) {
        JsonElement proof = credential.get("proof");
        List<JsonObject> proofs = new ArrayList<>();
        if (proof != null && proof.isJsonObject()) {
            proofs.add(proof.getAsJsonObject());
        } else if (proof != null && proof.isJsonArray()) {
            for (JsonElement element : proof.getAsJsonArray()) {
                if (element.isJsonObject()) {
                    proofs.add(element.getAsJsonObject());
                }
            }
        }
        if (proofs.isEmpty()) {
            return Checked.of(Verification.UNVERIFIABLE, "it carries no proof: nothing can be checked offline; "
                    + "check the credential on the issuer's site");
        }
        String issuer = issuerId(credential).orElse(null);
        Checked result = null;
        for (JsonObject each : proofs) {
            DataIntegrity.Outcome outcome = dataIntegrity.check(credential, each);
            if (outcome.valid().isPresent() && !outcome.valid().get()) {
                return Checked.of(Verification.ALTERED, outcome.why() + ": do not count it");
            }
            Checked checked = outcome.valid().isPresent()
                    ? trusted.validSignature(issuer, outcome.key(), outcome.why())
                    : Checked.of(Verification.UNVERIFIABLE, outcome.why() + "; check the credential on the issuer's site");
            if (result == null || checked.level().ordinal() < result.level().ordinal()) {
                result = checked;
            }
        }
        return result;
    }

    private static JsonObject subject(JsonObject credential) {
        JsonElement subject = credential.get("credentialSubject");
        if (subject != null && subject.isJsonArray()) {
            JsonArray array = subject.getAsJsonArray();
            subject = array.isEmpty() ? null : array.get(0);
        }
        return subject != null && subject.isJsonObject() ? subject.getAsJsonObject() : null;
    }

    private static Optional<String> issuerId(JsonObject credential) {
        return JsonText.idOrString(credential, "issuer");
    }

    private static HashedRecipient recipient(JsonObject subject) {
        JsonElement identifiers = subject == null ? null : subject.get("identifier");
        if (identifiers == null || !identifiers.isJsonArray()) {
            return null;
        }
        for (JsonElement element : identifiers.getAsJsonArray()) {
            if (element.isJsonObject() && JsonText.string(element.getAsJsonObject(), "identityType")
                    .filter(t -> t.equals("emailAddress")).isPresent()) {
                JsonObject identifier = element.getAsJsonObject();
                Optional<HashedRecipient> hashed = HashedRecipient.parse(
                        JsonText.string(identifier, "identityHash").orElse(null),
                        JsonText.string(identifier, "salt").orElse(null));
                if (hashed.isPresent()) {
                    return hashed.get();
                }
            }
        }
        return null;
    }

    private static Optional<LocalDate> date(JsonObject object, String key) {
        return JsonText.string(object, key).flatMap(StatedDates::parse);
    }

    private static Optional<LocalDate> numericDate(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                ? StatedDates.parse(value.getAsJsonPrimitive().getAsBigInteger().toString()) : Optional.empty();
    }
}
