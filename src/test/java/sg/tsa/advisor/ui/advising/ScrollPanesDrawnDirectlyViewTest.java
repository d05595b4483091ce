package sg.tsa.advisor.ui.advising;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * The scroll panes around what changes as the counsellor works (the advice, the credentials entered, the window)
 * draw their content directly: a viewport drawn through JavaFX's cache image is drawn again whole on every change.
 */
class ScrollPanesDrawnDirectlyViewTest extends ScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void theAdviceAndTheCredentialsScrollWithoutACachedViewport(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        ScrollPane results = enclosingScroll(robot.lookup("#results").query());
        ScrollPane credentials = enclosingScroll(robot.lookup("#credentialEntries").query());

        assertThat(viewports(results)).as("the advice's viewport").isNotEmpty().noneMatch(Node::isCache);
        assertThat(viewports(credentials)).as("the credentials' viewport").isNotEmpty().noneMatch(Node::isCache);
    }

    @Test
    void theWindowsOwnScrollPaneToo(FxRobot robot) throws Exception {
        ScrollPane[] window = new ScrollPane[1];
        robot.interact(() -> {
            window[0] = TextSizeScroll.around(new StackPane(), new SimpleIntegerProperty(100));
            Stage other = new Stage();
            other.setScene(new Scene(window[0], 300, 200));
            other.show();
        });
        try {
            assertThat(viewports(window[0])).as("the window's viewport").isNotEmpty().noneMatch(Node::isCache);
            ScrollPane plain = new ScrollPane(new StackPane());
            robot.interact(() -> window[0].setContent(plain));
            waitUntil(() -> plain.getSkin() != null);
            assertThat(viewports(plain)).as("a plain scroll pane keeps JavaFX's cache, so the check can fail")
                    .isNotEmpty().allMatch(Node::isCache);
        } finally {
            robot.interact(() -> window[0].getScene().getWindow().hide());
        }
    }

    private static ScrollPane enclosingScroll(Node node) {
        Node at = node;
        while (!(at instanceof ScrollPane)) {
            at = at.getParent();
        }
        return (ScrollPane) at;
    }

    private static List<Node> viewports(ScrollPane scroll) {
        List<Node> found = new ArrayList<>();
        for (Node viewport : scroll.lookupAll(".viewport")) {
            if (viewport.getParent() == scroll) {
                found.add(viewport);
            }
        }
        return found;
    }
}
