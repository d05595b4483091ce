package sg.tsa.advisor.ui.summary;

import sg.tsa.advisor.text.Counted;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import sg.tsa.advisor.io.AtomicFiles;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * State of the summary preview: the one PDF (made once, in the background), its pages as images, and what
 * printing or saving that same PDF came to. Knows nothing of controls.
 */
public final class SummaryPreviewModel {
    private final BackgroundExecutor background;
    private final SummaryPrinter printer;
    private final ReadOnlyObjectWrapper<byte[]> pdf = new ReadOnlyObjectWrapper<>(this, "pdf");
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    /** Kept, not made per call: the wrapper listens to {@code pages} only weakly. */
    private final ObservableList<Image> readOnlyPages = FXCollections.unmodifiableObservableList(pages);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Runnable onNoPrinter;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    public SummaryPreviewModel(BackgroundExecutor background, SummaryPrinter printer) {
        this.background = background;
        this.printer = printer;
    }

    /** Makes the PDF and draws its pages, in the background. */
    public void load(Callable<byte[]> makePdf) {
        report("Preparing the summary…", false);
        busy.set(true);
        background.run(() -> {
            byte[] bytes = makePdf.call();
            return new Rendered(bytes, PageImages.render(bytes));
        }, rendered -> {
            busy.set(false);
            pdf.set(rendered.pdf());
            pages.setAll(rendered.pages());
            report(Counted.of(rendered.pages().size(), "page"), false);
        }, e -> {
            busy.set(false);
            report("The summary could not be made: " + message(e), true);
        });
    }

    private record Rendered(byte[] pdf, List<Image> pages) {
    }

    /** Opens the system's print dialog and prints the PDF, away from the FX Application Thread. */
    public void print() {
        byte[] bytes = pdf.get();
        if (bytes == null || busy.get()) {
            return;
        }
        busy.set(true);
        report("Printing…", false);
        background.run(() -> printer.print(bytes), sent -> {
            busy.set(false);
            report(sent ? "Sent to the printer." : "Printing cancelled.", false);
        }, e -> {
            busy.set(false);
            if (e instanceof NoPrinterException) {
                report(e.getMessage() + " Save the summary as PDF instead, and print it from another computer.",
                        true);
                Runnable offer = onNoPrinter;
                if (offer != null) {
                    offer.run();
                }
            } else {
                report("Could not print: " + message(e), true);
            }
        });
    }

    /** What to do when printing found no printer: the preview offers "Save as PDF…". */
    public void setOnNoPrinter(Runnable offer) {
        this.onNoPrinter = offer;
    }

    /** Writes the PDF to {@code file} in the background: whole, or not at all. */
    public void saveTo(Path file) {
        byte[] bytes = pdf.get();
        if (bytes == null || busy.get()) {
            return;
        }
        busy.set(true);
        report("Saving…", false);
        background.run(() -> {
            AtomicFiles.write(file, bytes);
            return file;
        }, saved -> {
            busy.set(false);
            report("Saved to " + saved + ".", false);
        }, e -> {
            busy.set(false);
            report("Could not save to " + file + ": " + message(e), true);
        });
    }

    private void report(String message, boolean failure) {
        status.set(message);
        failed.set(failure);
    }

    private static String message(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The PDF previewed, printed and saved, or null until it is made. */
    public ReadOnlyObjectProperty<byte[]> pdfProperty() {
        return pdf.getReadOnlyProperty();
    }

    public ObservableList<Image> pages() {
        return readOnlyPages;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last action came to, for the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the status reports a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** True while printing or saving is not possible: no PDF yet, or work under way. */
    public BooleanBinding actionsDisabled() {
        return Bindings.createBooleanBinding(() -> pdf.get() == null || busy.get(), pdf, busy);
    }
}
