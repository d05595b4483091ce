package sg.tsa.advisor.catalogue.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The programme office's key files: one line each, {@code exemption-advisor-key-1 ed25519 private|public BASE64}.
 * The private key is PKCS#8, the public key X.509, both as the JDK encodes them; see docs/decisions/0080.
 */
public final class SigningKeys {
    static final String MAGIC = "exemption-advisor-key-1 ed25519 ";
    /** The longest key file read: a key file is one short line. */
    private static final long LONGEST = 4_096;

    private SigningKeys() {
    }

    /** The public key file beside private key file {@code keyFile}. */
    public static Path publicFile(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
    }

    /**
     * Makes a new key pair: {@code keyFile} (private, readable by its owner only where the platform allows) and
     * {@code keyFile.pub}. Neither file may exist already: a key is never overwritten.
     */
    public static PublicSigningKey generate(Path keyFile) throws SigningException, IOException {
        Path publicFile = publicFile(keyFile);
        for (Path file : new Path[] {keyFile, publicFile}) {
            if (Files.exists(file)) {
                throw new SigningException(file + " exists already; a key is never overwritten");
            }
        }
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(PublicSigningKey.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
        try {
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(keyFile);
        } catch (FileAlreadyExistsException e) {
            throw new SigningException(keyFile + " exists already; a key is never overwritten");
        }
        Files.writeString(keyFile, MAGIC + "private " + Base64.getEncoder().encodeToString(
                pair.getPrivate().getEncoded()) + "\n", StandardCharsets.US_ASCII);
        PublicSigningKey key = PublicSigningKey.of(pair.getPublic());
        Files.writeString(publicFile, MAGIC + "public " + key.encoded() + "\n", StandardCharsets.US_ASCII);
        return key;
    }

    /** The private key in {@code keyFile}, with the public key that goes with it. */
    public static PrivateKey readPrivate(Path keyFile) throws SigningException {
        String encoded = body(keyFile, "private");
        try {
            return KeyFactory.getInstance(PublicSigningKey.ALGORITHM).generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SigningException(keyFile + " does not hold an Ed25519 private key");
        }
    }

    /** The public key in {@code publicFile}. */
    public static PublicSigningKey readPublic(Path publicFile) throws SigningException {
        try {
            return PublicSigningKey.of(body(publicFile, "public"));
        } catch (SigningException e) {
            throw new SigningException(publicFile + " does not hold an Ed25519 public key");
        }
    }

    private static String body(Path file, String kind) throws SigningException {
        String text = SignatureFiles.readLine(file, LONGEST, "key file");
        String start = MAGIC + kind + " ";
        if (!text.startsWith(start)) {
            throw new SigningException(file + " is not a " + kind + " key file of this application (it should start "
                    + "with \"" + start.strip() + "\")");
        }
        return text.substring(start.length());
    }
}
