package sg.tsa.advisor.ui.summary;

/**
 * Prints the summary's PDF through the operating system's print dialog. Called away from the FX Application
 * Thread, since the dialog and the spooling both block.
 */
public interface SummaryPrinter {

    /**
     * Shows the print dialog and prints; false when the user cancelled the dialog.
     *
     * @throws NoPrinterException when no printer is set up: the preview offers to save the PDF instead
     */
    boolean print(byte[] pdf) throws Exception;
}
