package sg.tsa.advisor.ui.summary;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.summary.SummaryCases;
import sg.tsa.advisor.summary.SummaryPdf;
import sg.tsa.advisor.summary.SummaryRequest;
import sg.tsa.advisor.ui.CurrentThreadExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** A summary refused for a name no font can print says so in the preview, in words the counsellor can act on. */
class UnprintableNameTest {
    @Test
    void thePreviewSaysWhichCharactersOfTheNameCannotBePrinted() {
        SummaryRequest typical = SummaryCases.typical();
        SummaryRequest request = new SummaryRequest(typical.catalogue(), typical.advice(), "Somchai สม", "Lim",
                typical.generatedAt());
        SummaryPreviewModel model = new SummaryPreviewModel(new CurrentThreadExecutor(), pdf -> true);

        model.load(() -> SummaryPdf.create(request));

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.pdfProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("The summary could not be made: The learner's name "
                + "\"Somchai สม\" cannot be printed on the summary: it has no font for U+0E2A (ส), U+0E21 (ม); write it without those characters");
    }
}
