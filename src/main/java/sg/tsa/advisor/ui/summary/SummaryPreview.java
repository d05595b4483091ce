package sg.tsa.advisor.ui.summary;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The summary preview: its pages one under the other, as they will print, with "Print…", "Save as PDF…" and
 * "Close". Binds to {@link SummaryPreviewModel}; asks where to save through a {@link SaveTarget}.
 */
public final class SummaryPreview extends BorderPane {
    private static final double MAX_PAGE_WIDTH = 820;

    private final SummaryPreviewModel model;
    private final SaveTarget saveTarget;
    private final String suggestedName;
    private final VBox pages = new VBox(18);
    private final Button close = new Button("Close");

    public SummaryPreview(SummaryPreviewModel model, SaveTarget saveTarget, String suggestedName) {
        this.model = model;
        this.saveTarget = saveTarget;
        this.suggestedName = suggestedName;
        setId("summaryPreview");
        setTop(toolBar());
        setCenter(pageArea());
        setBottom(statusLine());
        model.pages().addListener((ListChangeListener<Image>) change -> showPages());
        model.setOnNoPrinter(this::save);
        showPages();
    }

    /** The "Close" button, for whoever shows the preview to decide what closing means. */
    public Button closeButton() {
        return close;
    }

    /** Asks where to save, then saves the previewed PDF there. */
    public void save() {
        if (model.actionsDisabled().get()) {
            return;
        }
        saveTarget.choose(getScene() == null ? null : getScene().getWindow(), suggestedName)
                .ifPresent(model::saveTo);
    }

    private ToolBar toolBar() {
        Button print = new Button("Print…", new FontIcon(Feather.PRINTER));
        print.setId("printSummary");
        print.disableProperty().bind(model.actionsDisabled());
        print.setOnAction(e -> model.print());
        Button save = new Button("Save as PDF…", new FontIcon(Feather.DOWNLOAD));
        save.setId("saveSummary");
        save.disableProperty().bind(model.actionsDisabled());
        save.setOnAction(e -> save());
        close.setId("closeSummary");
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(print, save, spacer, close);
    }

    /** What printing or saving came to; a failure in the danger colour. Long paths wrap rather than hide. */
    private Label statusLine() {
        Label status = new Label();
        status.setId("summaryStatus");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setPadding(new Insets(6, 12, 6, 12));
        status.textProperty().bind(model.statusProperty());
        model.failedProperty().addListener((obs, was, failed) -> {
            status.getStyleClass().remove("danger");
            if (failed) {
                status.getStyleClass().add("danger");
            }
        });
        return status;
    }

    private ScrollPane pageArea() {
        pages.setId("summaryPages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(24));
        pages.setStyle("-fx-background-color: #e6e8eb;");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) -> fitPages(bounds.getWidth()));
        return scroll;
    }

    private void showPages() {
        pages.getChildren().clear();
        if (model.pages().isEmpty()) {
            ProgressIndicator progress = new ProgressIndicator();
            progress.visibleProperty().bind(model.busyProperty());
            progress.setMaxSize(48, 48);
            StackPane placeholder = new StackPane(progress);
            placeholder.setMinHeight(300);
            pages.getChildren().add(placeholder);
            return;
        }
        int number = 0;
        for (Image image : model.pages()) {
            ImageView page = new ImageView(image);
            page.setId("summaryPage-" + ++number);
            page.setPreserveRatio(true);
            page.setSmooth(true);
            page.setEffect(new DropShadow(8, Color.rgb(0, 0, 0, 0.25)));
            pages.getChildren().add(page);
        }
        ScrollPane scroll = (ScrollPane) getCenter();
        fitPages(scroll.getViewportBounds().getWidth());
    }

    private void fitPages(double viewportWidth) {
        double width = Math.max(200, Math.min(MAX_PAGE_WIDTH, viewportWidth - 48));
        pages.getChildren().forEach(node -> {
            if (node instanceof ImageView page) {
                page.setFitWidth(width);
            }
        });
    }
}
