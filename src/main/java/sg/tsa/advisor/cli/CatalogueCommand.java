package sg.tsa.advisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.io.AtomicFiles;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.storage.catalogue.EditionConflictException;
import sg.tsa.advisor.storage.catalogue.ImportResult;
import sg.tsa.advisor.storage.catalogue.UnknownEditionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** {@code exemption-advisor catalogue ...}: for catalogue administrators. */
@Command(name = "catalogue", description = "Validate, import, export, list and activate catalogue editions.",
        mixinStandardHelpOptions = true, subcommands = {CatalogueCommand.Validate.class, CatalogueCommand.Import.class,
        CatalogueCommand.Export.class, CatalogueCommand.ListEditions.class, CatalogueCommand.Activate.class,
        SigningCommands.Keygen.class, SigningCommands.Sign.class, SigningCommands.Verify.class,
        SigningCommands.Trust.class, EditionCommands.Diff.class, EditionCommands.Impact.class})
public final class CatalogueCommand extends LocalDataCommand {
    private static final DateTimeFormatter IMPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    CatalogueCommand(MainCommand root, Clock clock) {
        super(root, clock);
    }

    String when(Instant instant) {
        return IMPORTED_AT.format(instant.atZone(clock().getZone()));
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Exit 0 when FILE is a valid catalogue; 2 with every error when not.")
    static final class Validate implements Runnable {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            Catalogue catalogue = Inputs.catalogueFile(file);
            spec.commandLine().getOut().printf("%s: valid catalogue %s of %s (%d credentials, %d qualifications, "
                            + "%d rules)%n", file, catalogue.version(), catalogue.institution(),
                    catalogue.credentials().size(), catalogue.qualifications().size(), catalogue.rules().size());
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Validate FILE, then store it and make it the active catalogue, in one transaction. Once a "
                    + "key is trusted, FILE must carry a valid FILE.sig by a trusted key.")
    static final class Import implements Runnable {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--allow-unsigned",
                description = "Import FILE although it is not signed by a trusted key; it is listed as unsigned.")
        boolean allowUnsigned;

        @ParentCommand
        CatalogueCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            // Validation comes first and touches nothing: a bad file never reaches the database.
            // The bytes are read once: those checked against the signature are those imported.
            byte[] bytes = Inputs.catalogueBytes(file);
            Catalogue catalogue = Inputs.catalogue(bytes, file);
            PrintWriter out = spec.commandLine().getOut();
            ImportResult result;
            try (Storage storage = parent.openStorage()) {
                String signedBy = SigningCommands.signerForImport(file, bytes, storage.trustedKeys().keys(),
                        allowUnsigned, out);
                result = storage.catalogues().importCatalogue(catalogue, signedBy);
            } catch (EditionConflictException e) {
                throw new BadInputException(file + ": " + e.getMessage());
            }
            if (result.outcome() == ImportResult.Outcome.IMPORTED) {
                out.printf("imported catalogue %s of %s (%d credentials, %d qualifications, %d rules); "
                                + "it is now the active catalogue%n", catalogue.version(), catalogue.institution(),
                        catalogue.credentials().size(), catalogue.qualifications().size(), catalogue.rules().size());
            } else {
                out.printf("catalogue %s is already stored (imported %s); nothing stored twice; "
                        + "it is the active catalogue%n", catalogue.version(), parent.when(result.edition().importedAt()));
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the active catalogue in the catalogue format to FILE, or to standard output for -.")
    static final class Export implements Runnable {
        @Parameters(paramLabel = "FILE|-")
        String target;

        @ParentCommand
        CatalogueCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (Storage storage = parent.openStorage()) {
                if ("-".equals(target)) {
                    storage.catalogues().export(spec.commandLine().getOut());
                    return;
                }
                Path file = Path.of(target).toAbsolutePath();
                if (Files.isDirectory(file)) {
                    throw new BadInputException("\"" + target + "\" is a folder: give the name of the file to write, "
                            + "for example " + file.resolve("catalogue.json"));
                }
                AtomicFiles.writeText(file, out -> storage.catalogues().export(out));
                spec.commandLine().getOut().printf("wrote the active catalogue to %s%n", file);
            } catch (NoSuchFileException e) {
                throw new BadInputException("\"" + target + "\" is not a file in an existing folder");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The stored catalogue editions; * marks the active one.")
    static final class ListEditions implements Runnable {
        @ParentCommand
        CatalogueCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (Storage storage = parent.openStorage()) {
                PrintWriter out = spec.commandLine().getOut();
                for (Edition edition : storage.catalogues().editions()) {
                    out.printf("%s %-12s published %s  imported %s  %s  %s%n", edition.active() ? "*" : " ",
                            edition.version(), edition.publishedOn(), parent.when(edition.importedAt()),
                            edition.institution(), signature(edition));
                }
            }
        }
    }

    /** How an edition is vouched for, in {@code catalogue list}. */
    static String signature(Edition edition) {
        if (!edition.signed()) {
            return "UNSIGNED";
        }
        return Edition.SHIPPED.equals(edition.signedBy()) ? "shipped with the application"
                : "signed by key " + edition.signedBy();
    }

    @Command(name = "activate", mixinStandardHelpOptions = true,
            description = "Make the stored edition VERSION the active catalogue (to roll back or forward).")
    static final class Activate implements Runnable {
        @Parameters(paramLabel = "VERSION")
        String version;

        @ParentCommand
        CatalogueCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (Storage storage = parent.openStorage()) {
                Edition edition = storage.catalogues().activate(version);
                spec.commandLine().getOut().printf("catalogue %s of %s (published %s) is now the active "
                        + "catalogue%n", edition.version(), edition.institution(), edition.publishedOn());
            } catch (UnknownEditionException e) {
                throw new BadInputException(e.getMessage());
            }
        }
    }
}
