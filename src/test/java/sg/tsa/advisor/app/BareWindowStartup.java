package sg.tsa.advisor.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.concurrent.CompletableFuture;

/**
 * Run by hand to compare with {@code --measure-startup}: an empty JavaFX window measured the same way (JVM start to
 * first frame drawn). {@code xvfb-run -a java -cp <test class path> sg.tsa.advisor.app.BareWindowStartup}
 */
public final class BareWindowStartup {
    private BareWindowStartup() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1280, 720);
            StartupMeasurement.printAfterFirstFrame(scene, System.out, CompletableFuture.completedFuture(null));
            stage.setScene(scene);
            stage.show();
        }
    }
}
