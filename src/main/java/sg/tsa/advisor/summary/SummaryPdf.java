package sg.tsa.advisor.summary;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * The printable summary as one PDF: made once, then previewed, printed and saved as these same bytes, by the
 * window and by {@code advise --pdf}. A4, fonts embedded (subsets), names in Chinese, Tamil and Jawi included.
 */
public final class SummaryPdf {
    private SummaryPdf() {
    }

    /**
     * The summary's PDF.
     *
     * @throws UnprintableTextException when a name (or any other text) holds a character none of the summary's
     *                                  fonts has: the summary is not made rather than printed with it missing
     */
    public static byte[] create(SummaryRequest request) {
        PrintableText.check("The learner's name", request.learner());
        PrintableText.check("The counsellor's name", request.counsellor());
        SummaryContent content = SummaryComposer.compose(request);
        try (PDDocument document = new PDDocument(); Typography type = new Typography(document)) {
            new PageFlow(document, type, new SummaryFrame(content)).lay(SummaryLayout.blocks(content, type));
            describe(document, request, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the summary could not be made: " + e.getMessage(), e);
        }
    }

    private static void describe(PDDocument document, SummaryRequest request, SummaryContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.title() + (request.learner() == null ? "" : " — " + request.learner()));
        info.setAuthor(content.institution());
        info.setCreator("Exemption Advisor");
        Calendar created = GregorianCalendar.from(request.generatedAt().atZone(ZoneId.systemDefault()));
        info.setCreationDate(created);
    }
}
