package sg.tsa.advisor.app;

import javafx.stage.Window;
import sg.tsa.advisor.summary.SummaryPdf;
import sg.tsa.advisor.summary.SummaryRequest;
import sg.tsa.advisor.ui.advising.PrintRequest;
import sg.tsa.advisor.ui.summary.SummaryActions;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Ctrl+P on the advising screen: the printed summary of the held credentials' advice, previewed before it is
 * printed or saved. Only {@link PrintRequest#advice()} is printed; planned credentials never are.
 */
final class PrintSummary implements Consumer<PrintRequest> {
    private final SummaryActions summaries;
    private final Supplier<Window> owner;
    private final Clock clock;

    PrintSummary(SummaryActions summaries, Supplier<Window> owner, Clock clock) {
        this.summaries = summaries;
        this.owner = owner;
        this.clock = clock;
    }

    @Override
    public void accept(PrintRequest print) {
        // Made here, on the FX Application Thread; only the PDF itself is made in the background.
        SummaryRequest request = SummaryRequest.of(print.catalogue(), print.advice(), print.draft().learnerName(),
                print.draft().counsellor(), print.draft().notListed().stream()
                        .map(n -> new SummaryRequest.NotListed(n.title(), n.attainedOn(), n.monthOnly(), n.note())).toList(),
                clock);
        summaries.openPreview(owner.get(), () -> SummaryPdf.create(request), fileName(print));
    }

    /** "exemptions-tan-ah-kow-2026-11-28.pdf": the learner's name as letters and digits only. */
    static String fileName(PrintRequest print) {
        String name = print.draft().learnerName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "exemptions-" + (name.isEmpty() ? "" : name + "-") + print.advice().asOf() + ".pdf";
    }
}
