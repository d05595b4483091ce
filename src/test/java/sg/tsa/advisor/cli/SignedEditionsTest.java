package sg.tsa.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed editions through the command line, on real key files, signature files and data folders: the programme
 * office makes a key and signs; a laptop that trusts the key imports only what that key signed.
 */
class SignedEditionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    private static final Catalogue SHIPPED = ShippedCatalogue.load();

    @TempDir
    Path temp;

    private CliRun run(String... args) {
        return CliRun.in(temp.resolve("laptop"), CLOCK, args);
    }

    private Path edition(String version) throws Exception {
        Catalogue next = new Catalogue(version, SHIPPED.publishedOn(), SHIPPED.institution(),
                SHIPPED.contact().orElse(null), SHIPPED.sources(), SHIPPED.defaultRecencyYears(), SHIPPED.issuers(),
                SHIPPED.credentials(), SHIPPED.qualifications(), SHIPPED.rules());
        Path file = temp.resolve(version + ".json");
        Files.writeString(file, CatalogueWriter.toString(next));
        return file;
    }

    /** The programme office's key pair, trusted on the laptop. */
    private Path trustedKey() {
        Path key = temp.resolve("office.key");
        assertThat(run("catalogue", "keygen", key.toString()).status()).isZero();
        CliRun trusted = run("catalogue", "trust", "add", key + ".pub");
        assertThat(trusted.status()).isZero();
        assertThat(trusted.out()).startsWith("trusting key ");
        return key;
    }

    private Map<String, String> laptopFiles() throws Exception {
        Map<String, String> files = new TreeMap<>();
        Path data = temp.resolve("laptop");
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(data.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }

    @Test
    void aSignedEditionImportsAndIsListedAsSignedByItsKey() throws Exception {
        Path key = trustedKey();
        Path file = edition("2027.01");
        CliRun signed = run("catalogue", "sign", file.toString(), "--key", key.toString());
        CliRun imported = run("catalogue", "import", file.toString());
        CliRun listed = run("catalogue", "list");

        String keyId = Files.readString(file.resolveSibling("2027.01.json.sig")).split(" ")[2];
        assertThat(signed.status()).isZero();
        assertThat(signed.out()).isEqualTo("signed " + file + " with key " + keyId + ": wrote " + file + ".sig\n");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(listed.out().lines()).containsExactly(
                "  2026.11      published 2026-11-28  imported 2026-11-28 02:00  Temasek Polytechnic  shipped with "
                        + "the application",
                "* 2027.01      published 2026-11-28  imported 2026-11-28 02:00  Temasek Polytechnic  signed by key "
                        + keyId);
        assertThat(run("catalogue", "verify", file.toString()).out())
                .isEqualTo(file + ": good signature by key " + keyId + " (trusted here)\n");
    }

    @Test
    void oneByteChangedIsRefusedWithExit2AndNothingStored() throws Exception {
        Path key = trustedKey();
        Path file = edition("2027.01");
        run("catalogue", "sign", file.toString(), "--key", key.toString());
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("\"hours\": 110") + 10;
        bytes[at] = '2'; // 110 hours become 210: still a valid catalogue
        Files.write(file, bytes);
        Map<String, String> before = laptopFiles();

        CliRun imported = run("catalogue", "import", file.toString());
        CliRun verified = run("catalogue", "verify", file.toString(), "--key", key + ".pub");

        assertThat(run("catalogue", "validate", file.toString()).status()).isZero();
        assertThat(imported.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(imported.err()).startsWith("error: " + file + ": the signature does not match the file: it was "
                + "changed after it was signed").contains("nothing stored");
        assertThat(laptopFiles()).isEqualTo(before);
        assertThat(run("catalogue", "list").out()).doesNotContain("2027.01");
        assertThat(verified.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(verified.err()).contains("the signature does not match the file");
    }

    @Test
    void anUnsignedFileIsRefusedOnceAKeyIsTrustedUnlessAllowed() throws Exception {
        trustedKey();
        Path file = edition("2027.01");

        CliRun refused = run("catalogue", "import", file.toString());
        assertThat(refused.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err()).startsWith("error: " + file + " is not signed: there is no 2027.01.json.sig "
                + "beside it\nerror: nothing stored;").contains("--allow-unsigned");
        assertThat(run("catalogue", "list").out()).doesNotContain("2027.01");

        CliRun allowed = run("catalogue", "import", file.toString(), "--allow-unsigned");
        assertThat(allowed.status()).isZero();
        assertThat(allowed.out()).startsWith("warning: " + file + " is not signed").contains("imported catalogue "
                + "2027.01");
        assertThat(run("catalogue", "list").out()).contains("* 2027.01 ").endsWith("UNSIGNED\n");
    }

    @Test
    void aFileSignedByAnotherKeyIsRefused() throws Exception {
        trustedKey();
        Path other = temp.resolve("other.key");
        run("catalogue", "keygen", other.toString());
        Path file = edition("2027.01");
        run("catalogue", "sign", file.toString(), "--key", other.toString());
        String otherId = Files.readString(file.resolveSibling("2027.01.json.sig")).split(" ")[2];

        CliRun refused = run("catalogue", "import", file.toString());

        assertThat(refused.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err()).startsWith("error: " + file + " is signed by key " + otherId
                + ", which is not trusted here");
    }

    @Test
    void withNoTrustedKeyImportWorksAsBeforeAndTheEditionIsMarkedUnsigned() throws Exception {
        Path file = edition("2027.01");

        CliRun imported = run("catalogue", "import", file.toString());

        assertThat(imported.status()).isZero();
        assertThat(imported.out()).startsWith("imported catalogue 2027.01");
        assertThat(run("catalogue", "list").out().lines()).last().asString().startsWith("* 2027.01")
                .endsWith("UNSIGNED");
        assertThat(run("catalogue", "trust", "list").out())
                .isEqualTo("no trusted keys: catalogue files are imported without a signature check\n");
    }

    @Test
    void trustedKeysAreListedAndRemoved() throws Exception {
        trustedKey();
        String id = run("catalogue", "trust", "list").out().split(" ")[0];
        CliRun again = run("catalogue", "trust", "add", temp.resolve("office.key.pub").toString());
        CliRun removed = run("catalogue", "trust", "remove", id);
        CliRun unknown = run("catalogue", "trust", "remove", id);

        assertThat(id).hasSize(16);
        assertThat(again.out()).isEqualTo("key " + id + " is trusted already; nothing changed\n");
        assertThat(removed.out()).isEqualTo("key " + id + " is no longer trusted\n");
        assertThat(unknown.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run("catalogue", "import", edition("2027.01").toString()).status()).isZero();
    }

    @Test
    void keygenKeepsThePrivateKeyToItsOwnerAndNeverOverwritesAKey() throws Exception {
        Path key = temp.resolve("office.key");
        run("catalogue", "keygen", key.toString());
        String first = Files.readString(key);
        CliRun again = run("catalogue", "keygen", key.toString());

        assertThat(first).startsWith("exemption-advisor-key-1 ed25519 private ");
        assertThat(Files.readString(temp.resolve("office.key.pub"))).startsWith("exemption-advisor-key-1 ed25519 public ");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
        assertThat(again.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(again.err()).contains("exists already; a key is never overwritten");
        assertThat(Files.readString(key)).isEqualTo(first);
    }

    @Test
    void signingRefusesAnInvalidCatalogueAndAMismatchedPublicKey() throws Exception {
        Path key = temp.resolve("office.key");
        run("catalogue", "keygen", key.toString());
        Path invalid = temp.resolve("invalid.json");
        Files.writeString(invalid, "{\"format\": \"exemption-catalogue/1\"}");
        Path other = temp.resolve("other.key");
        run("catalogue", "keygen", other.toString());
        Files.copy(temp.resolve("other.key.pub"), temp.resolve("office.key.pub"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRun invalidSigned = run("catalogue", "sign", invalid.toString(), "--key", key.toString());
        CliRun mismatched = run("catalogue", "sign", edition("2027.01").toString(), "--key", key.toString());

        assertThat(invalidSigned.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(invalidSigned.err()).contains("$.version: missing (required)");
        assertThat(mismatched.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(mismatched.err()).contains("office.key.pub is not the public key of");
        assertThat(Files.exists(temp.resolve("invalid.json.sig"))).isFalse();
        assertThat(Files.exists(temp.resolve("2027.01.json.sig"))).isFalse();
    }

    @Test
    void verifyWithoutAnyKeySaysWhatToDo() throws Exception {
        Path file = edition("2027.01");
        CliRun verified = run("catalogue", "verify", file.toString());
        assertThat(verified.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(verified.err()).contains("no key to check", "--key KEYFILE.pub");
    }
}
