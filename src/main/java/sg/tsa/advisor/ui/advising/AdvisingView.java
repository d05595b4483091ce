package sg.tsa.advisor.ui.advising;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.Grant;
import sg.tsa.advisor.engine.LapsedCredential;
import sg.tsa.advisor.engine.NearMiss;
import sg.tsa.advisor.engine.QualificationAdvice;
import sg.tsa.advisor.report.Wording;

import java.util.List;

/**
 * The advising screen: credentials on the left, what they exempt on the right. Binds to
 * {@link AdvisingViewModel}; holds no state of its own.
 */
public final class AdvisingView extends BorderPane {
    private final AdvisingViewModel model;
    private final VBox results = new VBox(12);

    public AdvisingView(AdvisingViewModel model) {
        this.model = model;
        getStyleClass().add("advising-view");
        setTop(header());
        SplitPane split = new SplitPane(credentialList(), resultsPane());
        split.setDividerPositions(0.45);
        setCenter(split);
        model.adviceProperty().addListener((obs, old, advice) -> showAdvice(advice));
    }

    private Node header() {
        Label title = new Label("Exemption Advisor");
        title.getStyleClass().add("title-3");
        Label edition = new Label();
        edition.setId("catalogueEdition");
        edition.textProperty().bind(Bindings.createStringBinding(() -> {
            Catalogue c = model.catalogueProperty().get();
            return c == null ? "Loading the catalogue…" : c.institution() + " · catalogue " + c.version()
                    + ", published " + Wording.date(c.publishedOn());
        }, model.catalogueProperty()));
        edition.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label asOfLabel = new Label("Assessment date");
        DatePicker asOf = new DatePicker();
        asOf.setId("asOfDate");
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        HBox bar = new HBox(12, title, edition, spacer, asOfLabel, asOf);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        Label problem = new Label();
        problem.setId("problem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setPadding(new Insets(0, 16, 8, 16));
        problem.setWrapText(true);
        return new VBox(bar, problem);
    }

    private Node credentialList() {
        Label heading = new Label("Credentials the learner holds");
        heading.getStyleClass().add("title-4");
        ListView<CredentialChoice> list = new ListView<>(model.choices());
        list.setId("credentialList");
        list.setCellFactory(view -> new ChoiceCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, heading, list);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node resultsPane() {
        results.setId("results");
        results.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        showAdvice(null);
        return scroll;
    }

    private void showAdvice(Advice advice) {
        Catalogue catalogue = model.catalogueProperty().get();
        results.getChildren().clear();
        Label heading = new Label("Exemptions");
        heading.getStyleClass().add("title-4");
        results.getChildren().add(heading);
        if (advice == null || catalogue == null) {
            return;
        }
        Wording words = new Wording(catalogue);
        if (advice.qualifications().isEmpty()) {
            results.getChildren().add(muted("No exemptions yet: tick the credentials the learner holds."));
        }
        for (QualificationAdvice q : advice.qualifications()) {
            results.getChildren().add(qualificationCard(q, words));
        }
        if (!advice.nearMisses().isEmpty()) {
            VBox box = section("Further options");
            for (NearMiss miss : advice.nearMisses()) {
                box.getChildren().add(wrapped(words.exempts(miss.rule()) + " in "
                        + words.qualification(miss.rule().qualificationId()) + ": add "
                        + words.credentials(miss.missing(), "or")));
            }
            results.getChildren().add(box);
        }
        if (!advice.lapsed().isEmpty()) {
            VBox box = section("No longer counting");
            for (LapsedCredential lapsed : advice.lapsed()) {
                box.getChildren().add(wrapped(words.credential(lapsed.held().credentialId()) + ": counted until "
                        + Wording.date(lapsed.countsUntil())));
            }
            results.getChildren().add(box);
        }
    }

    private Node qualificationCard(QualificationAdvice q, Wording words) {
        VBox card = section(q.qualification().title());
        card.setId("qualification-" + q.qualification().id());
        for (Certificate certificate : q.exemptedCertificates()) {
            card.getChildren().add(exemption("Whole PDC: " + certificate.title(), q.grantsFor(certificate), words));
        }
        for (CourseModule module : q.exemptedModules()) {
            card.getChildren().add(exemption(module.title(), q.grantsFor(module), words));
        }
        List<CourseModule> remaining = q.remainingModules().orElse(null);
        card.getChildren().add(muted(remaining == null ? "Remaining modules: full module list not published"
                : "Remaining modules: " + remaining.size()));
        return card;
    }

    private Node exemption(String title, List<Grant> grants, Wording words) {
        Label name = new Label(title);
        name.getStyleClass().add("exempted");
        VBox box = new VBox(2, name);
        for (Grant grant : grants) {
            box.getChildren().add(muted("because: " + words.because(grant.credentials())));
        }
        return box;
    }

    private static VBox section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        VBox box = new VBox(6, label);
        box.getStyleClass().add("result-card");
        box.setPadding(new Insets(10));
        return box;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("text-muted");
        return label;
    }

    /** A credential row: tick to hold it, and pick the day it was attained. */
    private static final class ChoiceCell extends ListCell<CredentialChoice> {
        private final CheckBox held = new CheckBox();
        private final Label issuer = new Label();
        private final DatePicker attained = new DatePicker();
        private final HBox row;
        private CredentialChoice bound;

        ChoiceCell() {
            held.setWrapText(true);
            held.setMaxWidth(Double.MAX_VALUE);
            issuer.getStyleClass().add("text-muted");
            attained.setPrefWidth(140);
            attained.setPromptText("attained on");
            VBox text = new VBox(2, held, issuer);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(8, text, attained);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CredentialChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (bound != null) {
                held.selectedProperty().unbindBidirectional(bound.heldProperty());
                attained.valueProperty().unbindBidirectional(bound.attainedOnProperty());
                bound = null;
            }
            if (empty || choice == null) {
                setGraphic(null);
                return;
            }
            bound = choice;
            held.setText(choice.credential().title());
            held.setId("held-" + choice.credential().id());
            attained.setId("attained-" + choice.credential().id());
            issuer.setText(choice.issuerName());
            held.selectedProperty().bindBidirectional(choice.heldProperty());
            attained.valueProperty().bindBidirectional(choice.attainedOnProperty());
            attained.disableProperty().bind(choice.heldProperty().not());
            setGraphic(row);
        }
    }
}
