package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.ui.ScrollPanes;
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
import sg.tsa.advisor.report.FurtherOptions;
import sg.tsa.advisor.report.Numbers;
import sg.tsa.advisor.report.Wording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The advice, redrawn whenever it changes: per qualification the exempted PDCs and modules with their "because",
 * what remains and what is saved; then what the planned credentials would add, near misses as one-click "what
 * if", lapsed credentials. Selecting a module shows why in the explanation panel. Every part is drawn by key
 * ({@link KeyedChildren}): a row, card or line that stays keeps its node, and only what changed is redrawn; a card,
 * row or near miss that goes is kept hidden for a while and comes back as it was (decision 0140).
 */
final class ResultsView extends ScrollPane {
    private final AdvisingViewModel model;
    private final VBox results = new VBox(12);
    /**
     * How many parts that went a pane of the advice keeps hidden (a qualification's card, a row of one): a
     * credential toggled back, a what-if tried twice, shows them again as they were instead of styling new nodes.
     */
    private static final int KEPT_HIDDEN = 40;
    private final KeyedChildren parts = new KeyedChildren(results, 0).keepingHidden(KEPT_HIDDEN);
    private ResultRow selected;

    ResultsView(AdvisingViewModel model) {
        this.model = model;
        results.setId("results");
        results.setPadding(new Insets(12));
        setContent(results);
        ScrollPanes.drawnDirectly(this);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        model.adviceProperty().addListener((obs, old, advice) -> redraw());
        model.plannedGains().addListener((ListChangeListener<PlannedGain>) change -> redraw());
        model.readOnlyProperty().addListener((obs, old, now) -> redraw());
        model.picker().notListed().addListener((ListChangeListener<NotListedEntry>) change -> redraw());
        model.explanationProperty().addListener((obs, old, now) -> {
            if (now == null) {
                select(null);
            }
        });
        redraw();
    }

    private void redraw() {
        Advice advice = model.adviceProperty().get();
        Catalogue catalogue = model.catalogueProperty().get();
        KeyedChildren.Drawing drawing = parts.draw();
        if (advice == null || catalogue == null) {
            drawing.leaf("loading", null, () -> Ui.muted("Loading the catalogue…"));
            drawing.done();
            select(null);
            return;
        }
        Wording words = new Wording(catalogue);
        datesNeeded(drawing);
        if (advice.qualifications().isEmpty()) {
            String text = advice.held().isEmpty()
                    ? "Add the credentials the learner holds, with the dates they were attained: the exemptions "
                    + "appear here at once."
                    : "None of the credentials entered exempts a module on " + Wording.date(advice.asOf()) + ".";
            drawing.text("noExemptions", text, () -> {
                Label none = Ui.muted(text);
                none.setId("noExemptions");
                return none;
            });
        }
        for (QualificationAdvice q : advice.qualifications()) {
            String id = Ui.idPart(q.qualification().id());
            drawing.node("qualification-" + id, QualificationCard.class, () -> new QualificationCard(id))
                    .show(q, words, advice.intake());
        }
        if (!model.plannedGains().isEmpty()) {
            drawing.node("plannedGains", PlannedCard.class, PlannedCard::new).show(words);
        }
        nearMisses(drawing, words);
        if (!advice.lapsed().isEmpty()) {
            drawing.node("lapsed", LinesCard.class, () -> new LinesCard("No longer counting", "lapsed", "lapsed-",
                    "danger-text", Feather.CLOCK)).show(lapsedLines(advice, words));
        }
        if (!model.picker().notListed().isEmpty()) {
            List<String> lines = notListedLines();
            drawing.leaf("notListed", lines, () -> notListed(lines));
        }
        drawing.done();
        if (selected != null && !shown(selected)) {
            select(null);
        }
    }

    /** True while {@code node} is in the advice and not kept hidden there. */
    private boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == results) {
                return true;
            } else if (!n.isVisible()) {
                return false;
            }
        }
        return false;
    }

    private void select(ResultRow row) {
        if (selected != null) {
            selected.setSelected(false);
        }
        selected = row;
        if (row != null) {
            row.setSelected(true);
        }
    }

    private List<String> notListedLines() {
        List<String> lines = new ArrayList<>();
        for (NotListedEntry entry : model.picker().notListed()) {
            if (!entry.titleProperty().get().isBlank()) {
                lines.add(entry.titleProperty().get().strip() + ": " + Wording.notListed(
                        entry.attainedOnProperty().get(), entry.toRecord().monthOnly(), entry.noteProperty().get()));
            }
        }
        return lines;
    }

    /** The credentials recorded as not listed, under the heading the summary prints them under: never counted. */
    private static Node notListed(List<String> lines) {
        VBox card = Ui.card(Wording.NOT_LISTED);
        card.setId("notListed");
        for (String line : lines) {
            Label label = Ui.wrapped(line);
            label.setGraphic(new FontIcon(Feather.EDIT_3));
            card.getChildren().add(label);
        }
        return card;
    }

    /** One qualification's card: its headline, a row per exempted certificate or module, what remains and saves. */
    private final class QualificationCard extends AdviceBox {
        private final KeyedChildren lines = new KeyedChildren(this, 1).keepingHidden(KEPT_HIDDEN);
        private final String id;
        /** What the card shows now: the same advice, in the same catalogue, for the same intake needs no words. */
        private QualificationAdvice shownAdvice;
        private Catalogue shownCatalogue;
        private LocalDate shownIntake;

        QualificationCard(String id) {
            super(6, Ui.heading(""));
            this.id = id;
            getStyleClass().add("result-card");
            setId("qualification-" + id);
        }

        void show(QualificationAdvice q, Wording words, LocalDate intake) {
            Catalogue catalogue = model.catalogueProperty().get();
            if (q.equals(shownAdvice) && catalogue == shownCatalogue && Objects.equals(intake, shownIntake)) {
                return;
            }
            shownAdvice = q;
            shownCatalogue = catalogue;
            shownIntake = intake;
            Label heading = (Label) getChildren().get(0);
            if (!heading.getText().equals(q.qualification().title())) {
                heading.setText(q.qualification().title());
            }
            KeyedChildren.Drawing drawing = lines.draw();
            String headline = Wording.headline(q, intake);
            drawing.text("headline", headline, () -> {
                Label label = Ui.wrapped(headline, "text-bold");
                label.setId("headline-" + id);
                return label;
            });
            for (Certificate certificate : q.exemptedCertificates()) {
                row(drawing, ExplanationTarget.of(q.qualification(), certificate),
                        "Whole " + Wording.certificateKind(certificate.kind()) + ": " + certificate.title(),
                        because(q.grantsFor(certificate), words),
                        Wording.notForIntake(q, q.grantsFor(certificate), intake));
            }
            for (CourseModule module : q.exemptedModules()) {
                if (q.qualification().certificateOf(module.id())
                        .filter(c -> q.exemptedCertificates().contains(c)).isPresent()) {
                    continue;
                }
                row(drawing, ExplanationTarget.of(q.qualification(), module), title(module),
                        because(q.grantsFor(module), words), Wording.notForIntake(q, q.grantsFor(module), intake));
            }
            String remaining = remaining(q);
            drawing.text("remaining", remaining, () -> {
                Label label = Ui.muted(remaining);
                label.setId("remaining-" + id);
                return label;
            });
            saved(q).ifPresent(text -> drawing.text("saved", text, () -> Ui.muted(text)));
            drawing.done();
        }
    }

    /** What the planned credentials would add, apart from the advice. */
    private final class PlannedCard extends AdviceBox {
        private final KeyedChildren lines = new KeyedChildren(this, 2);

        PlannedCard() {
            super(6, Ui.heading("If the planned credentials are attained"), Ui.muted("Not held yet: these are not "
                    + "part of the advice above and are not printed as held."));
            getStyleClass().addAll("result-card", "planned-card");
            setId("plannedGains");
        }

        void show(Wording words) {
            KeyedChildren.Drawing drawing = lines.draw();
            for (PlannedGain gain : model.plannedGains()) {
                ExplanationTarget target = gain.certificate() != null
                        ? ExplanationTarget.of(gain.qualification(), gain.certificate())
                        : ExplanationTarget.of(gain.qualification(), gain.module());
                row(drawing, target, gain.title() + " — " + gain.qualification().title(),
                        "with planned: " + words.credentials(gain.planned(), "and"), "planned-text", null);
            }
            drawing.done();
        }
    }

    /** The held credentials left out of the advice for want of a date, each with what was wrong with its text. */
    private void datesNeeded(KeyedChildren.Drawing drawing) {
        List<List<String>> lines = new ArrayList<>();
        for (CredentialEntry entry : model.picker().entries()) {
            if (entry.planned() || entry.attainedOnProperty().get() != null) {
                continue;
            }
            String problem = entry.inputProblemProperty().get();
            lines.add(List.of(entry.credential().id(), entry.credential().title() + ": " + (problem.isEmpty()
                    ? "enter the date it was attained." : problem)));
        }
        if (lines.isEmpty()) {
            return;
        }
        drawing.node("datesNeeded", LinesCard.class, () -> new LinesCard("Date needed: not counted", "datesNeeded",
                "dateNeeded-", "warning-text", Feather.CALENDAR, "date-needed-card")).show(lines);
    }

    /**
     * A card of one line per credential, each {@code [credential id, text]} with its icon: the line's id is
     * {@code idPrefix} and the credential's. A line that stays keeps its node, its text changed in place.
     */
    private static final class LinesCard extends AdviceBox {
        private final KeyedChildren lines = new KeyedChildren(this, 1);
        private final String idPrefix;
        private final String style;
        private final Feather icon;

        LinesCard(String title, String id, String idPrefix, String style, Feather icon, String... styleClasses) {
            super(6, Ui.heading(title));
            getStyleClass().add("result-card");
            getStyleClass().addAll(styleClasses);
            setId(id);
            this.idPrefix = idPrefix;
            this.style = style;
            this.icon = icon;
        }

        void show(List<List<String>> shown) {
            KeyedChildren.Drawing drawing = lines.draw();
            for (List<String> line : shown) {
                drawing.text(line.get(0), line.get(1), () -> {
                    Label label = Ui.wrapped(line.get(1), style);
                    label.setId(idPrefix + Ui.idPart(line.get(0)));
                    label.setGraphic(new FontIcon(icon));
                    return label;
                });
            }
            drawing.done();
        }
    }

    private static String remaining(QualificationAdvice q) {
        if (q.remainingModules().isEmpty()) {
            return "Remaining modules: full module list not published.";
        } else if (q.remainingModules().get().isEmpty()) {
            return "Remaining modules: none.";
        }
        return "Remaining modules (" + q.remainingModules().get().size() + "): "
                + String.join(", ", q.remainingModules().get().stream().map(ResultsView::title).toList()) + ".";
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
    private void row(KeyedChildren.Drawing drawing, ExplanationTarget target, String title, String because,
                     String notForIntake) {
        row(drawing, target, title, because, notForIntake == null ? "exempted" : "not-for-intake", notForIntake);
    }

    private void row(KeyedChildren.Drawing drawing, ExplanationTarget target, String title, String because,
                     String style, String notForIntake) {
        String part = target.module() != null ? target.module().id() : target.certificate().id();
        String id = "row-" + Ui.idPart(target.qualification().id()) + "-" + Ui.idPart(part);
        ResultRow row = drawing.node(id, ResultRow.class, () -> new ResultRow(id));
        row.show(title, because, style, notForIntake);
        row.onSelect(selecting -> {
            select(selecting);
            model.select(target);
        });
    }

    /** A near miss's one-click "what if" for a credential not entered, or a note when it is entered but lapsed. */
    private record Option(String credentialId, String name, boolean entered) {
    }

    private void nearMisses(KeyedChildren.Drawing outer, Wording words) {
        if (model.nearMisses().isEmpty()) {
            return;
        }
        Map<String, CredentialEntry> entered = new HashMap<>();
        model.picker().entries().forEach(e -> entered.put(e.credential().id(), e));
        List<NearMiss> shown = model.nearMisses().stream().filter(miss -> miss.missing().stream()
                .noneMatch(id -> entered.containsKey(id) && entered.get(id).planned())).toList();
        if (shown.isEmpty()) {
            outer.leaf("noNearMisses", null, VBox::new); // an empty place, as the card always had
            return;
        }
        outer.node("nearMisses", NearMissCard.class, NearMissCard::new).show(shown, entered.keySet(), words);
    }

    /** Near misses as one-click "what if": what one more credential would add. */
    private final class NearMissCard extends AdviceBox {
        /**
         * A near miss that goes is kept hidden, as many as one card shows (a text and its options each): toggling a
         * credential back shows its near misses again without styling their buttons anew.
         */
        private final KeyedChildren lines = new KeyedChildren(this, 1).keepingHidden(2 * FurtherOptions.SHOWN);

        NearMissCard() {
            super(6, Ui.heading("One more credential would add"));
            getStyleClass().add("result-card");
            setId("nearMisses");
        }

        void show(List<NearMiss> shown, Set<String> entered, Wording words) {
            KeyedChildren.Drawing drawing = lines.draw();
            boolean readOnly = model.readOnlyProperty().get();
            for (NearMiss miss : shown) {
                String what = words.exempts(miss.rule()) + " — " + words.qualification(miss.rule().qualificationId());
                drawing.text("what-" + miss.rule().id(), what, () -> Ui.wrapped(what));
                List<Option> options = miss.missing().stream()
                        .map(id -> new Option(id, words.credential(id), entered.contains(id))).toList();
                drawing.node("options-" + miss.rule().id(), Options.class, Options::new)
                        .show(miss.rule().id(), options, readOnly);
            }
            drawing.done();
        }
    }

    /**
     * A near miss's options: a "what if" button per credential not entered, a note per credential entered but
     * lapsed. An option that stays keeps its node.
     */
    private final class Options extends FlowPane {
        private final KeyedChildren options = new KeyedChildren(this, 0);
        private final CleanSizes sizes = new CleanSizes(this);

        Options() {
            super(6, 6);
        }

        @Override
        protected double computeMinHeight(double width) {
            return sizes.minHeight(width, super::computeMinHeight);
        }

        @Override
        protected double computePrefHeight(double width) {
            return sizes.prefHeight(width, super::computePrefHeight);
        }

        @Override
        protected double computeMinWidth(double height) {
            return sizes.minWidth(height, super::computeMinWidth);
        }

        @Override
        protected double computePrefWidth(double height) {
            return sizes.prefWidth(height, super::computePrefWidth);
        }

        void show(String ruleId, List<Option> shown, boolean readOnly) {
            KeyedChildren.Drawing drawing = options.draw();
            for (Option option : shown) {
                if (option.entered()) {
                    drawing.leaf(option, option, () -> Ui.muted("Renewing " + option.name() + " would count again."));
                    continue;
                }
                drawing.leaf(option, option, () -> whatIf(ruleId, option)).setDisable(readOnly);
            }
            drawing.done();
        }
    }

    private Button whatIf(String ruleId, Option option) {
        Button whatIf = new Button("What if: " + option.name(), new FontIcon(Feather.PLUS_CIRCLE));
        whatIf.setId("whatIf-" + Ui.idPart(ruleId) + "-" + Ui.idPart(option.credentialId()));
        whatIf.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.SMALL);
        whatIf.setAccessibleText("What if the learner attains " + option.name() + ": add it as planned");
        whatIf.setWrapText(true);
        whatIf.setOnAction(e -> model.whatIf(option.credentialId()));
        return whatIf;
    }

    private static List<List<String>> lapsedLines(Advice advice, Wording words) {
        List<List<String>> lines = new ArrayList<>();
        for (LapsedCredential lapsed : advice.lapsed()) {
            lines.add(List.of(lapsed.held().credentialId(), words.credential(lapsed.held().credentialId())
                    + ", attained " + Wording.date(lapsed.held().attainedOn()) + ": stopped counting after "
                    + Wording.date(lapsed.countsUntil()) + "."));
        }
        return lines;
    }

}
