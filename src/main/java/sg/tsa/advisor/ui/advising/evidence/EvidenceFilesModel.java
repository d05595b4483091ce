package sg.tsa.advisor.ui.advising.evidence;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.evidence.CatalogueMatch;
import sg.tsa.advisor.evidence.Evidence;
import sg.tsa.advisor.evidence.EvidenceReader;
import sg.tsa.advisor.evidence.NotACredentialFileException;
import sg.tsa.advisor.evidence.Verification;
import sg.tsa.advisor.ui.BackgroundExecutor;
import sg.tsa.advisor.ui.advising.AdvisingViewModel;
import sg.tsa.advisor.ui.advising.CredentialEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds credentials from learners' files (dropped on the credentials, or chosen with "Add from file…"): each file is
 * read in the background; on the FX thread each recognised, unaltered file adds its catalogue credential with the
 * date the file states and an evidence note. What could not be added is said, file by file, in {@link #message()}.
 */
public final class EvidenceFilesModel {
    /** What reading one file gave: its evidence, or why it is not a credential file. */
    private record Read(Path file, Evidence evidence, String problem) {
    }

    private final BackgroundExecutor background;
    private final AdvisingViewModel advising;
    private final EvidenceReader reader;
    private final Set<Path> added = new HashSet<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public EvidenceFilesModel(BackgroundExecutor background, AdvisingViewModel advising, EvidenceReader reader) {
        this.background = background;
        this.advising = advising;
        this.reader = reader;
        advising.picker().entries().addListener((javafx.collections.ListChangeListener<CredentialEntry>) change -> {
            if (advising.picker().entries().isEmpty()) {
                added.clear(); // a new consultation: the same files may be added again
            }
        });
    }

    /** What happened to the files last added that did not add a credential; empty when all did. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Reads {@code files} in the background, then adds what they show. */
    public void add(List<Path> files) {
        if (files.isEmpty() || advising.readOnlyProperty().get() || advising.catalogueProperty().get() == null) {
            return;
        }
        List<Path> normalised = files.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        background.run(() -> read(normalised), this::show,
                failure -> message.set("The files could not be read: " + failure.getMessage()));
    }

    private List<Read> read(List<Path> files) {
        List<Read> read = new ArrayList<>();
        for (Path file : files) {
            try {
                read.add(new Read(file, reader.read(file), null));
            } catch (NotACredentialFileException e) {
                read.add(new Read(file, null, e.getMessage()));
            }
        }
        return read;
    }

    private void show(List<Read> read) {
        Catalogue catalogue = advising.catalogueProperty().get();
        List<String> problems = new ArrayList<>();
        for (Read each : read) {
            String name = each.file().getFileName().toString();
            if (each.evidence() == null) {
                problems.add(name + ": " + each.problem());
                continue;
            }
            Evidence evidence = each.evidence();
            Optional<Credential> credential = CatalogueMatch.credentialFor(catalogue, evidence);
            if (added.contains(each.file())) {
                problems.add(name + " was added already");
            } else if (evidence.verification() == Verification.ALTERED) {
                problems.add(name + ": ALTERED, not counted — " + evidence.detail());
            } else if (credential.isEmpty()) {
                problems.add(name + ": \"" + (evidence.achievement() == null ? "the badge" : evidence.achievement())
                        + "\" is not in the catalogue; record it as an unlisted credential if it matters");
            } else {
                CredentialEntry entry = advising.picker().add(credential.get());
                if (evidence.attainedOn() != null) {
                    entry.attainedOnProperty().set(evidence.attainedOn());
                }
                entry.evidenceNoteProperty().set(EvidenceNote.of(evidence));
                added.add(each.file());
            }
        }
        message.set(String.join("\n", problems));
    }
}
