package sg.tsa.advisor.catalogue.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;

import sg.tsa.advisor.io.AtomicFiles;

/**
 * Detached signatures of catalogue files: {@code FILE.sig} beside {@code FILE}, one line,
 * {@code exemption-advisor-signature-1 ed25519 KEY-ID BASE64}, an Ed25519 signature of the file's exact bytes.
 */
public final class SignatureFiles {
    static final String MAGIC = "exemption-advisor-signature-1 ed25519 ";
    private static final long LONGEST = 1_024;

    private SignatureFiles() {
    }

    /** A signature as read from a signature file: who signed, and the signature's bytes. */
    public record Detached(String keyId, byte[] signature) {
    }

    /** The signature file of {@code file}. */
    public static Path signatureFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".sig");
    }

    /** Signs {@code bytes} with {@code key} and writes the signature to {@code signatureFile}. */
    public static void sign(byte[] bytes, PrivateKey key, String keyId, Path signatureFile) throws IOException {
        try {
            Signature signer = Signature.getInstance(PublicSigningKey.ALGORITHM);
            signer.initSign(key);
            signer.update(bytes);
            AtomicFiles.write(signatureFile, (MAGIC + keyId + " " + Base64.getEncoder().encodeToString(signer.sign())
                    + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with an Ed25519 key: " + e.getMessage(), e);
        }
    }

    /** The public key that goes with {@code key}, found by signing a probe: the JDK gives no other way. */
    public static boolean matches(PrivateKey key, PublicSigningKey publicKey) throws SigningException {
        byte[] probe = "exemption-advisor key probe".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(PublicSigningKey.ALGORITHM);
            signer.initSign(key);
            signer.update(probe);
            return verifies(probe, signer.sign(), publicKey);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The signature of {@code file}, or empty when there is no {@code FILE.sig} beside it. */
    public static Optional<Detached> read(Path file) throws SigningException {
        Path signatureFile = signatureFile(file);
        if (!Files.exists(signatureFile)) {
            return Optional.empty();
        }
        String line = readLine(signatureFile, LONGEST, "signature file");
        String[] parts = line.startsWith(MAGIC) ? line.substring(MAGIC.length()).split(" ") : new String[0];
        try {
            if (parts.length == 2) {
                return Optional.of(new Detached(parts[0], Base64.getDecoder().decode(parts[1])));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new SigningException(signatureFile + " is not a signature file of this application (it should be one "
                + "line: " + MAGIC + "KEY-ID SIGNATURE)");
    }

    /** Whether {@code signature} is {@code key}'s signature of exactly {@code bytes}. */
    public static boolean verifies(byte[] bytes, byte[] signature, PublicSigningKey key) throws SigningException {
        try {
            Signature verifier = Signature.getInstance(PublicSigningKey.ALGORITHM);
            verifier.initVerify(key.key());
            verifier.update(bytes);
            return verifier.verify(signature);
        } catch (java.security.SignatureException | java.security.InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    /**
     * Which of {@code keys} signed {@code bytes}: the key named by the signature, checked.
     *
     * @throws SigningException saying why when the signature is missing, by another key, or does not hold
     */
    public static PublicSigningKey signer(Path file, byte[] bytes, Collection<PublicSigningKey> keys)
            throws SigningException {
        Detached detached = read(file).orElseThrow(() -> new SigningException(file + " is not signed: there is no "
                + signatureFile(file).getFileName() + " beside it"));
        PublicSigningKey key = keys.stream().filter(k -> k.id().equals(detached.keyId())).findFirst()
                .orElseThrow(() -> new SigningException(file + " is signed by key " + shown(detached.keyId())
                        + ", which is not trusted here"));
        if (!verifies(bytes, detached.signature(), key)) {
            throw new SigningException(file + ": the signature does not match the file: it was changed after it was "
                    + "signed, or the signature is of another file");
        }
        return key;
    }

    private static String shown(String keyId) {
        return keyId.length() <= 16 && keyId.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? keyId
                : "(not a key id)";
    }

    /** The first line of a short text file; a longer file, or a device, is refused unread. */
    static String readLine(Path file, long longest, String what) throws SigningException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new SigningException(Files.exists(file) ? file + " is not a regular file" : "no such file: " + file);
            }
            if (Files.size(file) > longest) {
                throw new SigningException(file + " is too large to be a " + what);
            }
            try (InputStream in = Files.newInputStream(file)) {
                String text = new String(in.readNBytes((int) longest), StandardCharsets.US_ASCII);
                return text.lines().findFirst().orElse("").strip();
            }
        } catch (IOException e) {
            throw new SigningException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
