package sg.tsa.advisor.evidence;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;

import java.text.ParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A compact JWS ({@code header.payload.signature}): an Open Badges 2.0 signed assertion or an Open Badges 3.0
 * VC-JWT. Parsed with Nimbus JOSE; an Ed25519 signature is checked with the JDK, RS256/ES256 with Nimbus's
 * verifiers, always with a key the token itself names (its {@code jwk}, or a {@code kid} that is a {@code did:key} or
 * ends in a multibase key) or a trusted one: nothing is fetched.
 */
final class CompactJws {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final JWSObject jws;

    private CompactJws(JWSObject jws) {
        this.jws = jws;
    }

    static boolean looksLikeJws(String text) {
        return SHAPE.matcher(text).matches();
    }

    static CompactJws parse(String text, String what) throws NotACredentialFileException {
        try {
            return new CompactJws(JWSObject.parse(text.strip()));
        } catch (ParseException e) {
            throw new NotACredentialFileException(what + " is not a readable signed token (JWS)");
        }
    }

    String payload() {
        return jws.getPayload().toString();
    }

    String algorithm() {
        return jws.getHeader().getAlgorithm().getName();
    }

    /** The key id of the header, or null. */
    String keyId() {
        return jws.getHeader().getKeyID();
    }

    /** A check with the key the token names: whether the signature holds, and the key when it is Ed25519. */
    record OwnKey(boolean valid, byte[] ed25519Key) {
    }

    /** Checks the signature with the key the token names; empty when it names none that can be used offline. */
    Optional<OwnKey> checkWithOwnKey() {
        JWK jwk = jws.getHeader().getJWK();
        try {
            if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
                return Optional.of(new OwnKey(checkEd25519(okp.getDecodedX()), okp.getDecodedX()));
            }
            if (jwk instanceof ECKey ec) {
                return Optional.of(new OwnKey(check(new ECDSAVerifier(ec.toECPublicKey())), null));
            }
            if (jwk instanceof RSAKey rsa) {
                return Optional.of(new OwnKey(check(new RSASSAVerifier(rsa.toRSAPublicKey())), null));
            }
        } catch (JOSEException e) {
            return Optional.of(new OwnKey(false, null));
        }
        Optional<byte[]> named = Ed25519.keyNamedBy(keyId());
        if (named.isPresent() && isEd25519()) {
            return Optional.of(new OwnKey(checkEd25519(named.get()), named.get()));
        }
        return Optional.empty();
    }

    boolean isEd25519() {
        JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
        return JWSAlgorithm.EdDSA.equals(algorithm) || JWSAlgorithm.Ed25519.equals(algorithm);
    }

    boolean checkEd25519(byte[] rawKey) {
        return isEd25519() && Ed25519.verify(rawKey, jws.getSigningInput(), jws.getSignature().decode());
    }

    private boolean check(JWSVerifier verifier) throws JOSEException {
        return verifier.supportedJWSAlgorithms().contains(jws.getHeader().getAlgorithm()) && jws.verify(verifier);
    }
}
