package sg.tsa.advisor.catalogue.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Ed25519 public key as the programme office hands it out: its X.509 encoding in Base64, and its id, the first
 * 16 hexadecimal digits of the SHA-256 of that encoding (see docs/decisions/0080).
 */
public record PublicSigningKey(String id, String encoded) {
    static final String ALGORITHM = "Ed25519";

    public PublicSigningKey {
        if (!id.equals(idOf(encoded))) {
            throw new IllegalArgumentException("key id " + id + " does not belong to this key");
        }
    }

    /** The key whose X.509 encoding, in Base64, is {@code encoded}. */
    public static PublicSigningKey of(String encoded) throws SigningException {
        PublicSigningKey key = new PublicSigningKey(idOf(encoded), encoded);
        key.key(); // refuses what is not an Ed25519 key
        return key;
    }

    static PublicSigningKey of(PublicKey key) {
        String encoded = Base64.getEncoder().encodeToString(key.getEncoded());
        return new PublicSigningKey(idOf(encoded), encoded);
    }

    PublicKey key() throws SigningException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SigningException("not an Ed25519 public key");
        }
    }

    private static String idOf(String encoded) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded.getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
