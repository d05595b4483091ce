package sg.tsa.advisor.ui.advising;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CertificateKind;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.QualificationAdvice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reverse lookup, "what could I take next?": the modules and certificates of one qualification, each with the
 * credentials that would exempt it and whether this learner is exempted. Worked out only while it is shown: a change
 * of the advice while Browse is hidden only marks it out of date, and showing it brings it up to date.
 */
public final class BrowseModel {
    private final ObservableList<Qualification> qualifications = FXCollections.observableArrayList();
    private final ObjectProperty<Qualification> qualification = new SimpleObjectProperty<>(this, "qualification");
    private final ObservableList<BrowseRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper structureNote = new ReadOnlyStringWrapper(this, "structureNote", "");
    private LoadedCatalogue loaded;
    private Advice advice;
    private Advice withPlanned;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private boolean outOfDate;

    BrowseModel() {
        qualification.addListener((obs, old, now) -> rebuild());
        shown.addListener((obs, was, now) -> {
            if (now && outOfDate) {
                rebuild();
            }
        });
    }

    void use(LoadedCatalogue catalogue) {
        this.loaded = catalogue;
        String chosen = qualification.get() == null ? null : qualification.get().id();
        qualifications.setAll(catalogue.catalogue().qualifications().stream()
                .sorted(Comparator.comparing(Qualification::title)).toList());
        qualification.set(qualifications.stream().filter(q -> q.id().equals(chosen)).findFirst()
                .orElse(qualifications.isEmpty() ? null : qualifications.get(0)));
        rebuild();
    }

    void update(Advice held, Advice planned) {
        this.advice = held;
        this.withPlanned = planned;
        rebuild();
    }

    private void rebuild() {
        if (!shown.get()) {
            outOfDate = true;
            return;
        }
        outOfDate = false;
        Qualification q = qualification.get();
        if (loaded == null || q == null) {
            rows.clear();
            structureNote.set("");
            return;
        }
        Predicate<String> exempted = exemptedIn(advice, q);
        Predicate<String> planned = exemptedIn(withPlanned, q);
        List<BrowseRow> built = new ArrayList<>();
        Set<String> inCertificates = new HashSet<>();
        for (Certificate certificate : q.certificates()) {
            String state = state("c:" + certificate.id(), exempted, planned);
            built.add(new BrowseRow(certificate, null, certificate.title(), kind(certificate),
                    exemptedBy(loaded.index().exempting(q, certificate)), state));
            for (String moduleId : certificate.moduleIds()) {
                inCertificates.add(moduleId);
                q.module(moduleId).ifPresent(m -> built.add(moduleRow(q, m, "Module of " + certificate.title(),
                        exempted, planned)));
            }
        }
        for (CourseModule module : q.modules()) {
            if (!inCertificates.contains(module.id())) {
                built.add(moduleRow(q, module, "Module", exempted, planned));
            }
        }
        rows.setAll(built);
        structureNote.set(q.structureComplete() ? "" : "Full module list not published: only the modules and "
                + "certificates the catalogue names are shown.");
    }

    private BrowseRow moduleRow(Qualification q, CourseModule module, String kind, Predicate<String> exempted,
                                Predicate<String> planned) {
        String title = module.code() == null ? module.title() : module.code() + " " + module.title();
        return new BrowseRow(null, module, title, kind, exemptedBy(loaded.index().exempting(q, module)),
                state("m:" + module.id(), exempted, planned));
    }

    private static String kind(Certificate certificate) {
        return certificate.kind() == CertificateKind.PDC ? "Whole PDC" : "Whole certificate";
    }

    private String exemptedBy(List<Rule> rules) {
        return rules.stream().map(r -> loaded.explainer().requirement(r.requires())).distinct()
                .reduce((a, b) -> a + "; or " + b).orElse("");
    }

    private static String state(String key, Predicate<String> exempted, Predicate<String> planned) {
        return exempted.test(key) ? "Exempted" : planned.test(key) ? "Planned" : "Not exempted";
    }

    private static Predicate<String> exemptedIn(Advice advice, Qualification q) {
        QualificationAdvice found = advice == null ? null : advice.qualification(q.id()).orElse(null);
        if (found == null) {
            return key -> false;
        }
        Set<String> keys = new HashSet<>();
        found.exemptedModules().forEach(m -> keys.add("m:" + m.id()));
        found.exemptedCertificates().forEach(c -> keys.add("c:" + c.id()));
        return keys::contains;
    }

    public ObservableList<Qualification> qualifications() {
        return qualifications;
    }

    public ObjectProperty<Qualification> qualificationProperty() {
        return qualification;
    }

    /** True while Browse is on the screen; while false, {@link #rows()} may be out of date. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObservableList<BrowseRow> rows() {
        return rows;
    }

    /** Says when the qualification's module list is not complete; empty when it is. */
    public ReadOnlyStringProperty structureNoteProperty() {
        return structureNote.getReadOnlyProperty();
    }
}
