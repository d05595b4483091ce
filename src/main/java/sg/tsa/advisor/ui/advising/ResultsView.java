package sg.tsa.advisor.ui.advising;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.Grant;
import sg.tsa.advisor.engine.LapsedCredential;
import sg.tsa.advisor.engine.NearMiss;
import sg.tsa.advisor.engine.QualificationAdvice;
import sg.tsa.advisor.report.Numbers;
import sg.tsa.advisor.report.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The advice, redrawn whenever it changes: per qualification the exempted PDCs and modules with their "because",
 * what remains and what is saved; then what the planned credentials would add, near misses as one-click "what
 * if", lapsed credentials. Selecting a module shows why in the explanation panel.
 */
final class ResultsView extends ScrollPane {
    private final AdvisingViewModel model;
    private final VBox results = new VBox(12);
    private ResultRow selected;

    ResultsView(AdvisingViewModel model) {
        this.model = model;
        results.setId("results");
        results.setPadding(new Insets(12));
        setContent(results);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        model.adviceProperty().addListener((obs, old, advice) -> redraw());
        model.plannedGains().addListener((ListChangeListener<PlannedGain>) change -> redraw());
        model.readOnlyProperty().addListener((obs, old, now) -> redraw());
        model.picker().notListed().addListener((ListChangeListener<NotListedEntry>) change -> redraw());
        redraw();
    }

    private void redraw() {
        Advice advice = model.adviceProperty().get();
        Catalogue catalogue = model.catalogueProperty().get();
        results.getChildren().clear();
        selected = null;
        if (advice == null || catalogue == null) {
            results.getChildren().add(Ui.muted("Loading the catalogue…"));
            return;
        }
        Wording words = new Wording(catalogue);
        datesNeeded().ifPresent(results.getChildren()::add);
        if (advice.qualifications().isEmpty()) {
            Label none = Ui.muted(advice.held().isEmpty()
                    ? "Add the credentials the learner holds, with the dates they were attained: the exemptions "
                    + "appear here at once."
                    : "None of the credentials entered exempts a module on " + Wording.date(advice.asOf()) + ".");
            none.setId("noExemptions");
            results.getChildren().add(none);
        }
        for (QualificationAdvice q : advice.qualifications()) {
            results.getChildren().add(qualification(q, words, advice));
        }
        if (!model.plannedGains().isEmpty()) {
            results.getChildren().add(planned(words));
        }
        if (!model.nearMisses().isEmpty()) {
            results.getChildren().add(nearMisses(words));
        }
        if (!advice.lapsed().isEmpty()) {
            results.getChildren().add(lapsed(advice, words));
        }
        if (!model.picker().notListed().isEmpty()) {
            results.getChildren().add(notListed());
        }
    }

    /** The credentials recorded as not listed, under the heading the summary prints them under: never counted. */
    private Node notListed() {
        VBox card = Ui.card(Wording.NOT_LISTED);
        card.setId("notListed");
        for (NotListedEntry entry : model.picker().notListed()) {
            if (entry.titleProperty().get().isBlank()) {
                continue;
            }
            Label label = Ui.wrapped(entry.titleProperty().get().strip() + ": " + Wording.notListed(
                    entry.attainedOnProperty().get(), entry.toRecord().monthOnly(), entry.noteProperty().get()));
            label.setGraphic(new FontIcon(Feather.EDIT_3));
            card.getChildren().add(label);
        }
        return card;
    }

    private Node qualification(QualificationAdvice q, Wording words, Advice advice) {
        VBox card = Ui.card(q.qualification().title());
        card.setId("qualification-" + Ui.idPart(q.qualification().id()));
        Label headline = Ui.wrapped(Wording.headline(q, advice.intake()), "text-bold");
        headline.setId("headline-" + Ui.idPart(q.qualification().id()));
        card.getChildren().add(headline);
        for (Certificate certificate : q.exemptedCertificates()) {
            card.getChildren().add(row(ExplanationTarget.of(q.qualification(), certificate),
                    "Whole " + Wording.certificateKind(certificate.kind()) + ": " + certificate.title(),
                    because(q.grantsFor(certificate), words),
                    Wording.notForIntake(q, q.grantsFor(certificate), advice.intake())));
        }
        for (CourseModule module : q.exemptedModules()) {
            if (q.qualification().certificateOf(module.id())
                    .filter(c -> q.exemptedCertificates().contains(c)).isPresent()) {
                continue;
            }
            card.getChildren().add(row(ExplanationTarget.of(q.qualification(), module), title(module),
                    because(q.grantsFor(module), words), Wording.notForIntake(q, q.grantsFor(module), advice.intake())));
        }
        card.getChildren().add(remaining(q));
        saved(q).ifPresent(text -> card.getChildren().add(Ui.muted(text)));
        return card;
    }

    /** The held credentials left out of the advice for want of a date, each with what was wrong with its text. */
    private Optional<Node> datesNeeded() {
        VBox card = Ui.card("Date needed: not counted", "date-needed-card");
        card.setId("datesNeeded");
        for (CredentialEntry entry : model.picker().entries()) {
            if (entry.planned() || entry.attainedOnProperty().get() != null) {
                continue;
            }
            String problem = entry.inputProblemProperty().get();
            Label label = Ui.wrapped(entry.credential().title() + ": " + (problem.isEmpty()
                    ? "enter the date it was attained." : problem), "warning-text");
            label.setId("dateNeeded-" + Ui.idPart(entry.credential().id()));
            label.setGraphic(new FontIcon(Feather.CALENDAR));
            card.getChildren().add(label);
        }
        return card.getChildren().size() > 1 ? Optional.of(card) : Optional.empty();
    }

    private Node remaining(QualificationAdvice q) {
        Label label;
        if (q.remainingModules().isEmpty()) {
            label = Ui.muted("Remaining modules: full module list not published.");
        } else if (q.remainingModules().get().isEmpty()) {
            label = Ui.muted("Remaining modules: none.");
        } else {
            label = Ui.muted("Remaining modules (" + q.remainingModules().get().size() + "): "
                    + String.join(", ", q.remainingModules().get().stream().map(ResultsView::title).toList()) + ".");
        }
        label.setId("remaining-" + Ui.idPart(q.qualification().id()));
        return label;
    }

    private static Optional<String> saved(QualificationAdvice q) {
        List<String> parts = new ArrayList<>();
        q.hoursSaved().ifPresent(h -> parts.add(Numbers.format(h) + " hours"));
        q.creditsSaved().ifPresent(c -> parts.add(Numbers.format(c) + " credits"));
        return parts.isEmpty() ? Optional.empty() : Optional.of("Saves " + String.join(" and ", parts) + ".");
    }

    private static String title(CourseModule module) {
        return module.code() == null ? module.title() : module.code() + " " + module.title();
    }

    private static String because(List<Grant> grants, Wording words) {
        return String.join("\n", grants.stream().map(g -> "because: " + words.because(g.credentials())).toList());
    }

    /**
     * A selectable line: what is exempted, and why underneath; drawn apart (amber, with the words of the summary)
     * when {@code notForIntake} says it is not granted for the planned intake.
     */
    private Node row(ExplanationTarget target, String title, String because, String notForIntake) {
        return row(target, title, because, notForIntake == null ? "exempted" : "not-for-intake", notForIntake);
    }

    private Node row(ExplanationTarget target, String title, String because, String style, String notForIntake) {
        String part = target.module() != null ? target.module().id() : target.certificate().id();
        return new ResultRow("row-" + Ui.idPart(target.qualification().id()) + "-" + Ui.idPart(part), title, because,
                style, notForIntake, row -> {
                    if (selected != null) {
                        selected.setSelected(false);
                    }
                    selected = row;
                    row.setSelected(true);
                    model.select(target);
                });
    }

    private Node planned(Wording words) {
        VBox card = Ui.card("If the planned credentials are attained", "planned-card");
        card.setId("plannedGains");
        card.getChildren().add(Ui.muted("Not held yet: these are not part of the advice above and are not printed "
                + "as held."));
        for (PlannedGain gain : model.plannedGains()) {
            ExplanationTarget target = gain.certificate() != null
                    ? ExplanationTarget.of(gain.qualification(), gain.certificate())
                    : ExplanationTarget.of(gain.qualification(), gain.module());
            card.getChildren().add(row(target, gain.title() + " — " + gain.qualification().title(),
                    "with planned: " + words.credentials(gain.planned(), "and"), "planned-text", null));
        }
        return card;
    }

    private Node nearMisses(Wording words) {
        VBox card = Ui.card("One more credential would add");
        card.setId("nearMisses");
        java.util.Map<String, CredentialEntry> entered = new java.util.HashMap<>();
        model.picker().entries().forEach(e -> entered.put(e.credential().id(), e));
        for (NearMiss miss : model.nearMisses()) {
            if (miss.missing().stream().anyMatch(id -> entered.containsKey(id) && entered.get(id).planned())) {
                continue;
            }
            Label what = Ui.wrapped(words.exempts(miss.rule()) + " — " + words.qualification(
                    miss.rule().qualificationId()));
            FlowPane options = new FlowPane(6, 6);
            for (String missing : miss.missing()) {
                if (entered.containsKey(missing)) {
                    options.getChildren().add(Ui.muted("Renewing " + words.credential(missing) + " would count again."));
                    continue;
                }
                Button whatIf = new Button("What if: " + words.credential(missing), new FontIcon(Feather.PLUS_CIRCLE));
                whatIf.setId("whatIf-" + Ui.idPart(miss.rule().id()) + "-" + Ui.idPart(missing));
                whatIf.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.SMALL);
                whatIf.setAccessibleText("What if the learner attains " + words.credential(missing)
                        + ": add it as planned");
                whatIf.setWrapText(true);
                whatIf.setDisable(model.readOnlyProperty().get());
                whatIf.setOnAction(e -> model.whatIf(missing));
                options.getChildren().add(whatIf);
            }
            card.getChildren().addAll(what, options);
        }
        return card.getChildren().size() > 1 ? card : new VBox();
    }

    private Node lapsed(Advice advice, Wording words) {
        VBox card = Ui.card("No longer counting");
        card.setId("lapsed");
        for (LapsedCredential lapsed : advice.lapsed()) {
            Label label = Ui.wrapped(words.credential(lapsed.held().credentialId()) + ", attained "
                    + Wording.date(lapsed.held().attainedOn()) + ": stopped counting after "
                    + Wording.date(lapsed.countsUntil()) + ".", "danger-text");
            label.setId("lapsed-" + Ui.idPart(lapsed.held().credentialId()));
            label.setGraphic(new FontIcon(Feather.CLOCK));
            card.getChildren().add(label);
        }
        return card;
    }
}
