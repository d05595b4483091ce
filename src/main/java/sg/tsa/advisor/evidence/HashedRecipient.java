package sg.tsa.advisor.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * An Open Badges recipient identity stored as a salted hash ({@code sha256$…} or {@code md5$…}): the learner's
 * e-mail, when the counsellor enters it, can be compared with it without the file ever giving the address away.
 */
public record HashedRecipient(String algorithm, String hex, String salt) {

    /** The hash of an identity such as {@code sha256$c0ffee…}; empty when it is not a supported salted hash. */
    static Optional<HashedRecipient> parse(String identity, String salt) {
        int dollar = identity == null ? -1 : identity.indexOf('$');
        if (dollar < 0) {
            return Optional.empty();
        }
        String algorithm = identity.substring(0, dollar).toLowerCase(Locale.ROOT);
        String hex = identity.substring(dollar + 1).toLowerCase(Locale.ROOT);
        if (!(algorithm.equals("sha256") || algorithm.equals("md5")) || !hex.matches("[0-9a-f]+")) {
            return Optional.empty();
        }
        return Optional.of(new HashedRecipient(algorithm, hex, salt == null ? "" : salt));
    }

    /** Whether {@code email} (compared without regard to case or surrounding spaces) is the recipient. */
    public boolean matches(String email) {
        String candidate = email.strip().toLowerCase(Locale.ROOT) + salt;
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm.equals("md5") ? "MD5" : "SHA-256");
            String actual = HexFormat.of().formatHex(digest.digest(candidate.getBytes(StandardCharsets.UTF_8)));
            return MessageDigest.isEqual(actual.getBytes(StandardCharsets.US_ASCII),
                    hex.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
