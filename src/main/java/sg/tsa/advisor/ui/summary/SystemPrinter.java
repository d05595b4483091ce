package sg.tsa.advisor.ui.summary;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import javax.print.PrintServiceLookup;
import java.awt.print.PrinterJob;

/** Prints through {@link PrinterJob}: the system's print dialog, then the very pages of the PDF, at their size. */
public final class SystemPrinter implements SummaryPrinter {

    @Override
    public boolean print(byte[] pdf) throws Exception {
        if (PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            // Java's own dialog would say only "No print service found." and then "Printing cancelled."
            throw new NoPrinterException();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName("Indicative module exemptions");
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
