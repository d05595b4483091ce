package sg.tsa.advisor.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.evidence.CatalogueMatch;
import sg.tsa.advisor.evidence.Evidence;
import sg.tsa.advisor.evidence.EvidenceReader;
import sg.tsa.advisor.evidence.NotACredentialFileException;
import sg.tsa.advisor.evidence.TrustedKeys;
import sg.tsa.advisor.storage.Storage;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code exemption-advisor evidence inspect FILE... [--json]}: what learners' credential files show. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Read learners' digital credential files (Open Badges, Credly, OpenCerts).",
        subcommands = EvidenceCommand.Inspect.class)
public final class EvidenceCommand extends LocalDataCommand {
    EvidenceCommand(MainCommand root, Clock clock) {
        super(root, clock);
    }

    /** Options shared by {@code evidence inspect} and {@code advise --evidence}: whose keys are trusted. */
    static TrustedKeys trustedKeys(List<String> entries) {
        try {
            return TrustedKeys.parse(entries);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--trust: " + e.getMessage());
        }
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "What each file shows, how far it can be trusted, and the catalogue credential it matches."
                    + " Exit 0 when every file is a credential file (whatever its verification), 2 otherwise.")
    static final class Inspect implements Runnable {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Badge or certificate files: .json, .png, "
                + ".svg, .jwt, .opencert")
        List<Path> files = new ArrayList<>();

        @Option(names = "--json", description = "A JSON array, one element a file, instead of text for people.")
        boolean json;

        @Option(names = "--catalogue", paramLabel = "FILE",
                description = "Match against this catalogue file instead of the local database's active catalogue.")
        Path catalogueFile;

        @Option(names = "--trust", paramLabel = "ISSUER=KEY",
                description = "Trust the Ed25519 key KEY (z6Mk... or did:key:z6Mk...) for the issuer ISSUER "
                        + "(repeatable): a file that it signed is 'verified'.")
        List<String> trust = new ArrayList<>();

        @Option(names = "--email", paramLabel = "ADDRESS",
                description = "The learner's e-mail, compared with a badge's hashed recipient; never printed.")
        String email;

        @picocli.CommandLine.ParentCommand
        EvidenceCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            TrustedKeys trusted = trustedKeys(trust);
            Catalogue catalogue = catalogueFile != null ? Inputs.catalogueFile(catalogueFile) : storedCatalogue();
            EvidenceReader reader = new EvidenceReader(trusted);
            List<String> problems = new ArrayList<>();
            List<Evidence> read = new ArrayList<>();
            for (Path file : files) {
                try {
                    read.add(reader.read(file));
                } catch (NotACredentialFileException e) {
                    problems.add(file + ": " + e.getMessage());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonArray array = new JsonArray();
                read.forEach(e -> array.add(toJson(e, CatalogueMatch.credentialFor(catalogue, e))));
                out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create()
                        .toJson(array));
            } else {
                read.forEach(e -> out.print(EvidenceText.describe(e, CatalogueMatch.credentialFor(catalogue, e),
                        email)));
            }
            out.flush();
            if (!problems.isEmpty()) {
                throw new BadInputException(problems);
            }
        }

        private Catalogue storedCatalogue() {
            try (Storage storage = parent.openStorage()) {
                return storage.catalogues().activeCatalogue();
            }
        }

        private JsonObject toJson(Evidence evidence, Optional<Credential> credential) {
            JsonObject json = new JsonObject();
            json.addProperty("file", evidence.file());
            json.addProperty("format", evidence.format().code());
            json.addProperty("achievement", evidence.achievement());
            json.addProperty("issuer", evidence.issuer());
            json.addProperty("attainedOn", evidence.attainedOn() == null ? null : evidence.attainedOn().toString());
            json.addProperty("expiresOn", evidence.expiresOn() == null ? null : evidence.expiresOn().toString());
            json.addProperty("credential", credential.map(Credential::id).orElse(null));
            json.addProperty("verification", evidence.verification().word());
            json.addProperty("detail", evidence.detail());
            if (email != null) {
                json.addProperty("recipient", EvidenceText.recipient(evidence, email));
            }
            return json;
        }
    }
}
