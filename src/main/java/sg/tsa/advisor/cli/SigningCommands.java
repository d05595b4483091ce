package sg.tsa.advisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sg.tsa.advisor.catalogue.signing.FileSignature;
import sg.tsa.advisor.catalogue.signing.PublicSigningKey;
import sg.tsa.advisor.catalogue.signing.SignatureFiles;
import sg.tsa.advisor.catalogue.signing.SigningException;
import sg.tsa.advisor.catalogue.signing.SigningKeys;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.catalogue.TrustedKeys;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;
import java.util.Optional;

/**
 * {@code catalogue keygen|sign|verify|trust}: the programme office signs an edition; laptops import only editions
 * signed by a key they trust (docs/decisions/0080).
 */
final class SigningCommands {
    private SigningCommands() {
    }

    /**
     * Who vouches for {@code file} on import: the trusted key whose signature of {@code bytes} holds, or null
     * (unsigned) when no key is trusted, or when {@code allowUnsigned} and the signature is missing or bad.
     *
     * @throws BadInputException why the file is refused, when keys are trusted and it is not signed by one
     */
    static String signerForImport(Path file, byte[] bytes, List<PublicSigningKey> trusted, boolean allowUnsigned,
                                  PrintWriter out) {
        FileSignature signature = FileSignature.check(file, bytes, trusted);
        if (signature.state() == FileSignature.State.REFUSED) {
            if (!allowUnsigned) {
                throw new BadInputException(List.of(signature.reason(), "nothing stored; this laptop imports only "
                        + "catalogue files signed by a trusted key (give --allow-unsigned to import it anyway)"));
            }
            out.printf("warning: %s; imported as unsigned because --allow-unsigned was given%n", signature.reason());
        }
        return signature.signerForImport(allowUnsigned);
    }

    @Command(name = "keygen", mixinStandardHelpOptions = true,
            description = "Make a new Ed25519 key pair: KEYFILE (private, owner-only) and KEYFILE.pub (public).")
    static final class Keygen implements Runnable {
        @Parameters(paramLabel = "KEYFILE")
        Path keyFile;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try {
                PublicSigningKey key = SigningKeys.generate(keyFile);
                spec.commandLine().getOut().printf("wrote the private key to %s (keep it secret: whoever holds it can "
                                + "publish catalogues) and the public key to %s; key id %s%n", keyFile,
                        SigningKeys.publicFile(keyFile), key.id());
            } catch (SigningException e) {
                throw new BadInputException(e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + keyFile + ": " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "Check that FILE is a valid catalogue, then write its detached signature FILE.sig.")
    static final class Sign implements Runnable {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--key", paramLabel = "KEYFILE", required = true,
                description = "The private key (made by keygen); KEYFILE.pub must be beside it.")
        Path keyFile;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            byte[] bytes = Inputs.catalogueBytes(file);
            Inputs.catalogue(bytes, file);
            try {
                PrivateKey key = SigningKeys.readPrivate(keyFile);
                PublicSigningKey publicKey = SigningKeys.readPublic(SigningKeys.publicFile(keyFile));
                if (!SignatureFiles.matches(key, publicKey)) {
                    throw new BadInputException(SigningKeys.publicFile(keyFile) + " is not the public key of "
                            + keyFile);
                }
                Path signature = SignatureFiles.signatureFile(file);
                SignatureFiles.sign(bytes, key, publicKey.id(), signature);
                spec.commandLine().getOut().printf("signed %s with key %s: wrote %s%n", file, publicKey.id(),
                        signature);
            } catch (SigningException e) {
                throw new BadInputException(e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the signature of " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Exit 0 when FILE.sig is a valid signature of FILE by KEYFILE.pub, or by a trusted key.")
    static final class Verify implements Runnable {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--key", paramLabel = "KEYFILE.pub", description = "Check against this public key only.")
        Path publicFile;

        @ParentCommand
        CatalogueCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            byte[] bytes = Inputs.catalogueBytes(file);
            try {
                List<PublicSigningKey> keys;
                if (publicFile != null) {
                    keys = List.of(SigningKeys.readPublic(publicFile));
                } else {
                    Optional<Storage> storage = parent.openStorageIfExists();
                    try {
                        keys = storage.map(s -> s.trustedKeys().keys()).orElse(List.of());
                    } finally {
                        storage.ifPresent(Storage::close);
                    }
                }
                if (keys.isEmpty()) {
                    throw new BadInputException("no key to check " + file + " against: give --key KEYFILE.pub, or "
                            + "trust a key with 'catalogue trust add KEYFILE.pub'");
                }
                PublicSigningKey signer = SignatureFiles.signer(file, bytes, keys);
                spec.commandLine().getOut().printf("%s: good signature by key %s%s%n", file, signer.id(),
                        publicFile != null ? "" : " (trusted here)");
            } catch (SigningException e) {
                throw new BadInputException(e.getMessage());
            }
        }
    }

    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "The public keys whose signed catalogue files this laptop imports.",
            subcommands = {Trust.Add.class, Trust.ListKeys.class, Trust.Remove.class})
    static final class Trust implements Runnable {
        @ParentCommand
        CatalogueCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }

        @Command(name = "add", mixinStandardHelpOptions = true,
                description = "Trust the public key in KEYFILE.pub: once a key is trusted, only signed files import.")
        static final class Add implements Runnable {
            @Parameters(paramLabel = "KEYFILE.pub")
            Path publicFile;

            @ParentCommand
            Trust trust;

            @Spec
            CommandSpec spec;

            @Override
            public void run() {
                PublicSigningKey key;
                try {
                    key = SigningKeys.readPublic(publicFile);
                } catch (SigningException e) {
                    throw new BadInputException(e.getMessage());
                }
                try (Storage storage = trust.parent.openStorage()) {
                    boolean added = storage.trustedKeys().add(key);
                    spec.commandLine().getOut().println(added
                            ? "trusting key " + key.id() + ": catalogue files signed by it can be imported; "
                            + "unsigned files are now refused"
                            : "key " + key.id() + " is trusted already; nothing changed");
                }
            }
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "The trusted keys.")
        static final class ListKeys implements Runnable {
            @ParentCommand
            Trust trust;

            @Spec
            CommandSpec spec;

            @Override
            public void run() {
                PrintWriter out = spec.commandLine().getOut();
                try (Storage storage = trust.parent.openStorage()) {
                    List<TrustedKeys.Trusted> keys = storage.trustedKeys().list();
                    if (keys.isEmpty()) {
                        out.println("no trusted keys: catalogue files are imported without a signature check");
                    }
                    keys.forEach(k -> out.printf("%s  added %s%n", k.key().id(), trust.parent.when(k.addedAt())));
                }
            }
        }

        @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop trusting the key ID.")
        static final class Remove implements Runnable {
            @Parameters(paramLabel = "ID")
            String id;

            @ParentCommand
            Trust trust;

            @Spec
            CommandSpec spec;

            @Override
            public void run() {
                try (Storage storage = trust.parent.openStorage()) {
                    if (!storage.trustedKeys().remove(id)) {
                        throw new BadInputException("no trusted key \"" + id + "\"; 'catalogue trust list' shows them");
                    }
                    spec.commandLine().getOut().printf("key %s is no longer trusted%n", id);
                }
            }
        }
    }
}
