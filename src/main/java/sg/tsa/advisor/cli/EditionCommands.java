package sg.tsa.advisor.cli;

import sg.tsa.advisor.text.Counted;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.diff.CatalogueDiff;
import sg.tsa.advisor.catalogue.diff.Change;
import sg.tsa.advisor.editions.SavedCases;
import sg.tsa.advisor.impact.CatalogueImpact;
import sg.tsa.advisor.impact.CatalogueImpact.Exempted;
import sg.tsa.advisor.impact.CatalogueImpact.LearnerImpact;
import sg.tsa.advisor.impact.CatalogueImpact.SavedCase;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.catalogue.UnknownEditionException;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code catalogue diff} and {@code catalogue impact}: what a new edition changes, and for whom. */
final class EditionCommands {
    private EditionCommands() {
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "What NEW adds, removes and changes against OLD; each a catalogue file or a stored version.")
    static final class Diff implements Runnable {
        @Parameters(index = "0", paramLabel = "OLD")
        String old;

        @Parameters(index = "1", paramLabel = "NEW")
        String updated;

        @Option(names = "--json", description = "The changes as JSON instead of text for people.")
        boolean json;

        @ParentCommand
        CatalogueCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            Catalogue before = edition(old);
            Catalogue after = edition(updated);
            List<Change> changes = CatalogueDiff.between(before, after);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonObject report = new JsonObject();
                report.add("old", version(before));
                report.add("new", version(after));
                JsonArray list = new JsonArray();
                for (Change change : changes) {
                    JsonObject item = new JsonObject();
                    item.addProperty("change", change.change().name().toLowerCase());
                    item.addProperty("kind", change.kind().name().toLowerCase());
                    item.addProperty("id", change.id());
                    item.addProperty("qualification", change.qualification());
                    JsonArray fields = new JsonArray();
                    change.fields().forEach(fields::add);
                    item.add("fields", fields);
                    item.addProperty("text", change.text());
                    list.add(item);
                }
                report.add("changes", list);
                out.println(new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create()
                        .toJson(report));
                return;
            }
            if (changes.isEmpty()) {
                out.printf("%s → %s: no changes; the two editions mean the same%n", before.version(), after.version());
                return;
            }
            out.printf("%s → %s: %s%n", before.version(), after.version(), Counted.of(changes.size(), "change"));
            for (Change change : changes) {
                out.println(change.line());
            }
        }

        /** A catalogue file when {@code name} names one, else a stored version. */
        private Catalogue edition(String name) {
            Path file = Path.of(name);
            if (Files.exists(file)) {
                return Inputs.catalogueFile(file);
            }
            Optional<Storage> storage = parent.openStorageIfExists();
            if (storage.isEmpty()) {
                throw new BadInputException("\"" + name + "\" is neither a catalogue file nor a stored version "
                        + "(there is no local database yet)");
            }
            try (Storage open = storage.get()) {
                return open.catalogues().edition(name);
            } catch (UnknownEditionException e) {
                throw new BadInputException("\"" + name + "\" is neither a catalogue file nor a stored version: "
                        + e.getMessage());
            }
        }
    }

    @Command(name = "impact", mixinStandardHelpOptions = true,
            description = "The saved consultations whose advice FILE would change: learners who would gain or lose "
                    + "an exemption, each advised again on its own assessment date.")
    static final class Impact implements Runnable {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--json", description = "The learners as JSON instead of text for people.")
        boolean json;

        @ParentCommand
        CatalogueCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            Catalogue next = Inputs.catalogueFile(file);
            Catalogue current;
            List<SavedCase> cases;
            try (Storage storage = parent.openStorage()) {
                current = storage.catalogues().activeCatalogue();
                cases = SavedCases.of(storage);
            }
            List<LearnerImpact> impacts = CatalogueImpact.of(current, next, cases);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                        .toJson(report(current, next, cases.size(), impacts)));
                return;
            }
            out.printf("%d of %d saved consultations would change with catalogue %s (active: %s)%n", impacts.size(),
                    cases.size(), next.version(), current.version());
            for (LearnerImpact impact : impacts) {
                SavedCase saved = impact.consultation();
                out.printf("  %s (consultation %d, as of %s)%s%s%n", saved.learner(), saved.consultationId(),
                        saved.asOf(), words("gains", impact.gained()), words("loses", impact.lost()));
            }
        }

        private static String words(String verb, List<Exempted> modules) {
            return modules.isEmpty() ? "" : "; " + verb + " " + modules.stream()
                    .map(m -> m.moduleTitle() + " (" + m.qualificationId() + ")").collect(Collectors.joining(", "));
        }

        private static JsonObject report(Catalogue current, Catalogue next, int count, List<LearnerImpact> impacts) {
            JsonObject report = new JsonObject();
            report.add("current", version(current));
            report.add("new", version(next));
            report.addProperty("consultations", count);
            JsonArray learners = new JsonArray();
            for (LearnerImpact impact : impacts) {
                JsonObject item = new JsonObject();
                item.addProperty("learner", impact.consultation().learner());
                item.addProperty("consultation", impact.consultation().consultationId());
                item.addProperty("asOf", impact.consultation().asOf().toString());
                item.add("gained", modules(impact.gained()));
                item.add("lost", modules(impact.lost()));
                learners.add(item);
            }
            report.add("learners", learners);
            return report;
        }

        private static JsonArray modules(List<Exempted> modules) {
            JsonArray array = new JsonArray();
            for (Exempted module : modules) {
                JsonObject item = new JsonObject();
                item.addProperty("qualification", module.qualificationId());
                item.addProperty("module", module.moduleId());
                item.addProperty("title", module.moduleTitle());
                array.add(item);
            }
            return array;
        }
    }

    private static JsonObject version(Catalogue catalogue) {
        JsonObject version = new JsonObject();
        version.addProperty("version", catalogue.version());
        return version;
    }
}
