package sg.tsa.advisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sg.tsa.advisor.catalogue.Catalogue;

import java.nio.file.Path;

/** {@code exemption-advisor catalogue ...}: for catalogue administrators. */
@Command(name = "catalogue", description = "Validate, import and export catalogue files.",
        mixinStandardHelpOptions = true, subcommands = {CatalogueCommand.Validate.class})
public final class CatalogueCommand implements Runnable {
    private final MainCommand root;

    @Spec
    CommandSpec spec;

    CatalogueCommand(MainCommand root) {
        this.root = root;
    }

    MainCommand root() {
        return root;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
}
