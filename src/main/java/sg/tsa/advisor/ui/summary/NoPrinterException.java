package sg.tsa.advisor.ui.summary;

/** No printer is set up on this computer: the summary can only be saved as PDF (and printed elsewhere). */
public final class NoPrinterException extends Exception {
    public NoPrinterException() {
        super("No printer is set up on this computer.");
    }
}
