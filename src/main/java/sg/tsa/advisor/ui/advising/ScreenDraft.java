package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.storage.draft.Draft;
import sg.tsa.advisor.ui.advising.history.Learner;
import sg.tsa.advisor.ui.advising.history.NotListed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The advising screen as a {@link Draft}, and a draft back onto the screen. FX Application Thread only. */
final class ScreenDraft {
    private final AdvisingViewModel screen;
    private final Clock clock;

    ScreenDraft(AdvisingViewModel screen, Clock clock) {
        this.screen = screen;
        this.clock = clock;
    }

    /** What is on the screen; null when nothing is worth keeping: empty, saved, or a reopened consultation. */
    Draft snapshot() {
        ConsultationHeaderModel header = screen.header();
        String name = header.learnerNameProperty().get();
        List<CredentialEntry> entries = screen.picker().entries();
        List<NotListedEntry> notListed = screen.picker().notListed();
        if (screen.readOnlyProperty().get() || screen.actions().isSaved()
                || (name.isBlank() && entries.isEmpty() && notListed.isEmpty())) {
            return null;
        }
        List<Draft.Item> items = new ArrayList<>();
        for (CredentialEntry entry : entries) {
            String note = entry.evidenceNoteProperty().get().strip();
            items.add(new Draft.Item(entry.credential().id(), entry.attainedOnProperty().get(),
                    note.isEmpty() ? null : note, entry.planned(), entry.monthOnly()));
        }
        List<Draft.Unlisted> unlisted = new ArrayList<>();
        for (NotListedEntry entry : notListed) {
            NotListed typed = entry.toRecord();
            unlisted.add(new Draft.Unlisted(typed.title(), typed.attainedOn(), typed.note(), typed.monthOnly()));
        }
        Learner known = header.learnerProperty().get();
        LocalDate asOf = header.asOfProperty().get();
        LoadedCatalogue shown = screen.shown();
        return new Draft(clock.instant(), known == null ? null : known.id(), name.strip(),
                blankToNull(header.learnerContactProperty().get()), blankToNull(header.counsellorProperty().get()),
                asOf == null ? screen.today() : asOf, header.intakeProperty().get(),
                shown == null ? null : shown.catalogue().version(), items, unlisted);
    }

    /**
     * Puts {@code draft} on the screen, on the catalogue shown. Credentials first, then the learner: a returning
     * learner chosen on an empty screen would bring their recorded credentials instead.
     *
     * @return the ids of credentials this catalogue does not list (left out)
     */
    List<String> restore(Draft draft) {
        ConsultationHeaderModel header = screen.header();
        Catalogue catalogue = screen.shown().catalogue();
        CredentialPickerModel picker = screen.picker();
        List<String> unknown = new ArrayList<>();
        header.asOfProperty().set(draft.assessedOn());
        header.intakeProperty().set(draft.intakeOn());
        for (Draft.Item item : draft.credentials()) {
            if (catalogue.credential(item.credentialId()).isEmpty()) {
                unknown.add(item.credentialId());
            } else if (item.planned()) {
                picker.addPlanned(item.credentialId(), draft.assessedOn());
            } else {
                CredentialEntry entry = picker.add(catalogue.credential(item.credentialId()).get());
                entry.setAttained(item.attainedOn(), item.monthOnly());
                entry.evidenceNoteProperty().set(item.evidence() == null ? "" : item.evidence());
            }
        }
        for (Draft.Unlisted typed : draft.unlisted()) {
            picker.notListed().add(NotListedEntry.of(new NotListed(typed.title(), typed.attainedOn(), typed.note(),
                    typed.monthOnly())));
        }
        String contact = draft.learnerContact() == null ? "" : draft.learnerContact();
        if (draft.learnerId() != null) {
            header.choose(new Learner(draft.learnerId(), draft.learnerName(), draft.learnerContact()));
        } else {
            header.learnerNameProperty().set(draft.learnerName());
        }
        header.learnerContactProperty().set(contact);
        if (draft.counsellor() != null) {
            header.counsellorProperty().set(draft.counsellor());
        }
        return unknown;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
