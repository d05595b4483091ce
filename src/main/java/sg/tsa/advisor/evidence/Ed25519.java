package sg.tsa.advisor.evidence;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Ed25519 public keys as credentials name them (a multibase {@code z6Mk…} key, alone, in a {@code did:key}, or as
 * the fragment of a verification method) and signatures checked with the JDK's own Ed25519.
 */
final class Ed25519 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    /** The multicodec prefix of an Ed25519 public key. */
    private static final byte[] MULTICODEC = {(byte) 0xed, 0x01};
    /** The DER header of an X.509 SubjectPublicKeyInfo holding a 32-byte Ed25519 key. */
    private static final byte[] SPKI_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519() {
    }

    /**
     * The raw 32-byte key named by {@code reference}: a multibase key, a {@code did:key}, or any id whose fragment
     * is a multibase key ({@code did:key:z6Mk…#z6Mk…}, {@code https://issuer.example/keys#z6Mk…}).
     */
    static Optional<byte[]> keyNamedBy(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        int hash = reference.indexOf('#');
        if (hash >= 0) {
            Optional<byte[]> fragment = multibaseKey(reference.substring(hash + 1));
            if (fragment.isPresent()) {
                return fragment;
            }
        }
        String did = hash >= 0 ? reference.substring(0, hash) : reference;
        if (did.startsWith("did:key:")) {
            return multibaseKey(did.substring("did:key:".length()));
        }
        return multibaseKey(reference);
    }

    /** A multibase base58btc ({@code z…}) multicodec Ed25519 public key. */
    static Optional<byte[]> multibaseKey(String text) {
        Optional<byte[]> decoded = multibase(text);
        if (decoded.isEmpty() || decoded.get().length != 34
                || !Arrays.equals(decoded.get(), 0, 2, MULTICODEC, 0, 2)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(decoded.get(), 2, 34));
    }

    /** The bytes of a multibase base58btc value ({@code z…}); empty when it is not one. */
    static Optional<byte[]> multibase(String text) {
        if (text == null || !text.startsWith("z") || text.length() < 2 || text.length() > 200) {
            return Optional.empty();
        }
        String digits = text.substring(1);
        BigInteger value = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(58);
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(zeros) == '1') {
            zeros++;
        }
        for (char c : digits.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                return Optional.empty();
            }
            value = value.multiply(base).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, bytes, zeros, magnitude.length - skip);
        return Optional.of(bytes);
    }

    /** Base58btc multibase text of {@code bytes} ({@code z…}); used to name keys. */
    static String multibaseText(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(base);
            text.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            text.append('1');
        }
        return "z" + text.reverse();
    }

    /** The multibase name of a raw 32-byte Ed25519 key ({@code z6Mk…}). */
    static String multibaseKeyText(byte[] rawKey) {
        byte[] prefixed = new byte[34];
        System.arraycopy(MULTICODEC, 0, prefixed, 0, 2);
        System.arraycopy(rawKey, 0, prefixed, 2, 32);
        return multibaseText(prefixed);
    }

    static PublicKey publicKey(byte[] rawKey) throws GeneralSecurityException {
        byte[] spki = Arrays.copyOf(SPKI_HEADER, SPKI_HEADER.length + 32);
        System.arraycopy(rawKey, 0, spki, SPKI_HEADER.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    /** The raw 32 bytes of a JDK Ed25519 public key. */
    static byte[] rawKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    static boolean verify(byte[] rawKey, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey(rawKey));
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
