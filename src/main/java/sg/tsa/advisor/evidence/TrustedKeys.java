package sg.tsa.advisor.evidence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Ed25519 keys trusted for named issuers (issuer id → multibase keys {@code z6Mk…}): a valid signature by one of an
 * issuer's trusted keys makes a file {@link Verification#VERIFIED}; any other valid signature only
 * {@link Verification#INTACT}.
 */
public final class TrustedKeys {
    private final Map<String, Set<String>> keysByIssuer;

    private TrustedKeys(Map<String, Set<String>> keysByIssuer) {
        this.keysByIssuer = keysByIssuer;
    }

    public static TrustedKeys none() {
        return new TrustedKeys(Map.of());
    }

    /**
     * Keys written {@code ISSUER=KEY}, KEY a multibase Ed25519 public key or a {@code did:key}.
     *
     * @throws IllegalArgumentException naming the entry that is not of that form
     */
    public static TrustedKeys parse(Iterable<String> entries) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (String entry : entries) {
            int equals = entry.lastIndexOf('=');
            String issuer = equals > 0 ? entry.substring(0, equals).strip() : "";
            String key = equals > 0 ? entry.substring(equals + 1).strip() : "";
            byte[] raw = Ed25519.keyNamedBy(key).orElseThrow(() -> new IllegalArgumentException("\"" + entry
                    + "\" is not ISSUER=KEY with KEY an Ed25519 public key (z6Mk… or did:key:z6Mk…)"));
            if (issuer.isEmpty()) {
                throw new IllegalArgumentException("\"" + entry + "\" names no issuer before '='");
            }
            keys.computeIfAbsent(issuer, i -> new HashSet<>()).add(Ed25519.multibaseKeyText(raw));
        }
        return new TrustedKeys(Map.copyOf(keys));
    }

    /** Whether {@code rawKey} is trusted for the issuer {@code issuerId}. */
    public boolean trusts(String issuerId, byte[] rawKey) {
        return issuerId != null && rawKey != null
                && keysByIssuer.getOrDefault(issuerId, Set.of()).contains(Ed25519.multibaseKeyText(rawKey));
    }

    /** The raw keys trusted for {@code issuerId}. */
    java.util.List<byte[]> keysOf(String issuerId) {
        return keysByIssuer.getOrDefault(issuerId, Set.of()).stream()
                .map(k -> Ed25519.multibaseKey(k).orElseThrow()).toList();
    }

    /** The level a valid signature by {@code rawKey} gives a file of {@code issuerId}, with words to match. */
    Checked validSignature(String issuerId, byte[] rawKey, String what) {
        if (trusts(issuerId, rawKey)) {
            return Checked.of(Verification.VERIFIED, what + ", a key trusted for " + issuerId);
        }
        return Checked.of(Verification.INTACT, what + "; that the key is the issuer's cannot be confirmed offline:"
                + " check the credential on the issuer's site");
    }
}
