package sg.tsa.advisor.evidence;

import com.google.gson.JsonObject;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Open Badges 2.0 assertions: JSON (hosted verification: nothing to check offline) or a compact JWS (signed
 * verification: the key is at the issuer's URL, so only a key the user trusts for that issuer can check it). A
 * BadgeClass given only as a URL leaves the badge's name unknown offline; the URL still matches the catalogue.
 */
final class OpenBadges2 {
    private final TrustedKeys trusted;

    OpenBadges2(TrustedKeys trusted) {
        this.trusted = trusted;
    }

    static boolean isAssertion(JsonObject json) {
        return JsonText.strings(json, "@context").stream().anyMatch(c -> c.contains("w3id.org/openbadges"))
                || JsonText.strings(json, "type").contains("Assertion")
                || (json.has("badge") && json.has("recipient"));
    }

    Evidence hosted(String file, JsonObject assertion) {
        String type = JsonText.object(assertion, "verification").flatMap(v -> JsonText.string(v, "type"))
                .orElse("hosted").toLowerCase(Locale.ROOT);
        String where = JsonText.string(assertion, "id").orElse("the issuer's site");
        String detail = type.contains("signed")
                ? "it says it is signed, but the file holds no signature: check the badge on the issuer's site"
                : "a hosted badge: nothing in the file can be checked offline; check the badge on the issuer's site ("
                + where + ")";
        return evidence(file, assertion, Checked.of(Verification.UNVERIFIABLE, detail));
    }

    Evidence signed(String file, CompactJws jws) throws NotACredentialFileException {
        JsonObject assertion = JsonText.object(jws.payload(), "the signed badge's payload");
        if (!isAssertion(assertion)) {
            throw new NotACredentialFileException("a signed token, but not an Open Badges assertion");
        }
        Optional<String> issuer = issuerId(assertion);
        String creator = JsonText.object(assertion, "verification").flatMap(v -> JsonText.string(v, "creator"))
                .orElse("the issuer's site");
        Checked checked = Checked.of(Verification.UNVERIFIABLE, "a signed badge (" + jws.algorithm()
                + "): its key is at " + creator + ", which cannot be fetched offline; check the badge on the issuer's"
                + " site");
        Optional<byte[]> trustedKey = issuer.flatMap(id -> trustedEd25519(id, jws));
        if (trustedKey.isPresent()) {
            checked = jws.checkEd25519(trustedKey.get())
                    ? Checked.of(Verification.VERIFIED, "its signature is valid under a key trusted for "
                    + issuer.get())
                    : Checked.of(Verification.ALTERED, "its signature does not match a key trusted for "
                    + issuer.get() + ": do not count it");
        }
        return evidence(file, assertion, checked);
    }

    /** A trusted key of the issuer, tried only for an Ed25519 token: the one the token's signature must match. */
    private Optional<byte[]> trustedEd25519(String issuer, CompactJws jws) {
        if (!jws.isEd25519()) {
            return Optional.empty();
        }
        return Ed25519.keyNamedBy(jws.keyId()).filter(key -> trusted.trusts(issuer, key))
                .or(() -> trusted.keysOf(issuer).stream().findFirst());
    }

    /** A baked image that only points to a hosted assertion (Open Badges 1.0 {@code tEXt} with a URL). */
    static Evidence legacyUrl(String file, String url) {
        return new Evidence(file, EvidenceFormat.OPEN_BADGES_2, null, null, null, null, List.of(),
                Verification.UNVERIFIABLE, "an older baked badge that only points to " + url.strip()
                + ": nothing to read offline; open that address on a connected computer to see the badge", null);
    }

    private static Evidence evidence(String file, JsonObject assertion, Checked checked) {
        Optional<JsonObject> badge = JsonText.object(assertion, "badge");
        String badgeId = JsonText.idOrString(assertion, "badge").orElse(null);
        String name = badge.flatMap(b -> JsonText.string(b, "name")).orElse(null);
        String issuer = badge.flatMap(b -> JsonText.object(b, "issuer")).flatMap(i -> JsonText.string(i, "name"))
                .or(() -> issuerId(assertion)).orElse(null);
        LocalDate issued = JsonText.string(assertion, "issuedOn").flatMap(StatedDates::parse)
                .or(() -> number(assertion, "issuedOn")).orElse(null);
        LocalDate expires = JsonText.string(assertion, "expires").flatMap(StatedDates::parse).orElse(null);
        HashedRecipient recipient = JsonText.object(assertion, "recipient")
                .filter(r -> r.has("hashed") && r.get("hashed").isJsonPrimitive() && r.get("hashed").getAsBoolean())
                .flatMap(r -> HashedRecipient.parse(JsonText.string(r, "identity").orElse(null),
                        JsonText.string(r, "salt").orElse(null)))
                .orElse(null);
        return new Evidence(file, EvidenceFormat.OPEN_BADGES_2, name, issuer, issued, expires,
                CredentialIds.keys(badgeId), checked.level(), checked.detail(), recipient);
    }

    private static Optional<String> issuerId(JsonObject assertion) {
        return JsonText.object(assertion, "badge").flatMap(b -> JsonText.idOrString(b, "issuer"));
    }

    private static Optional<LocalDate> number(JsonObject object, String key) {
        return object.has(key) && object.get(key).isJsonPrimitive() && object.get(key).getAsJsonPrimitive().isNumber()
                ? StatedDates.parse(object.get(key).getAsJsonPrimitive().getAsBigInteger().toString())
                : Optional.empty();
    }
}
