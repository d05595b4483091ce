package sg.tsa.advisor.ui.catalogue;

import sg.tsa.advisor.impact.CatalogueImpact.Exempted;
import sg.tsa.advisor.impact.CatalogueImpact.LearnerImpact;
import sg.tsa.advisor.report.Wording;

import java.util.List;
import java.util.stream.Collectors;

/** One learner a new edition would change, as the review's table shows it. Plain Java. */
public record ImpactRow(String learner, String contact, String consultation, String gains, String loses) {
    static ImpactRow of(LearnerImpact impact) {
        var saved = impact.consultation();
        return new ImpactRow(saved.learner(), saved.contact() == null ? "—" : saved.contact(),
                Wording.date(saved.asOf()), modules(impact.gained()), modules(impact.lost()));
    }

    /** "loses Data Communication and Networking (dip-idm-ict)", "gains …; loses …". */
    public String change() {
        String gained = gains.isEmpty() ? "" : "gains " + gains;
        String lost = loses.isEmpty() ? "" : "loses " + loses;
        return gained.isEmpty() ? lost : lost.isEmpty() ? gained : gained + "; " + lost;
    }

    private static String modules(List<Exempted> modules) {
        return modules.stream().map(m -> m.moduleTitle() + " (" + m.qualificationId() + ")")
                .collect(Collectors.joining(", "));
    }
}
