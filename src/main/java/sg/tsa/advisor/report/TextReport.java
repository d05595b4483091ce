package sg.tsa.advisor.report;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.Grant;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.engine.LapsedCredential;
import sg.tsa.advisor.engine.NearMiss;
import sg.tsa.advisor.engine.QualificationAdvice;

import java.time.LocalDate;
import java.util.List;

/** The report of {@code advise} for people reading a terminal. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(Catalogue catalogue, Advice advice) {
        Wording words = new Wording(catalogue);
        StringBuilder out = new StringBuilder();
        out.append("Indicative module exemptions as of ").append(Wording.date(advice.asOf()));
        if (advice.intake() != null) {
            out.append(", for an intake on ").append(Wording.date(advice.intake()));
        }
        out.append('\n').append(catalogue.institution()).append(", catalogue ").append(catalogue.version())
                .append(" published ").append(Wording.date(catalogue.publishedOn())).append("\n\n");

        out.append("Credentials held:\n");
        if (advice.held().isEmpty()) {
            out.append("  (none entered)\n");
        }
        for (HeldCredential held : advice.held()) {
            out.append("  - ").append(words.credential(held.credentialId())).append(", attained ")
                    .append(Wording.attained(held)).append('\n');
        }
        out.append('\n');

        if (advice.qualifications().isEmpty()) {
            out.append("No exemptions on ").append(Wording.date(advice.asOf())).append(".\n");
        }
        for (QualificationAdvice q : advice.qualifications()) {
            qualification(out, words, q, advice.intake());
        }
        List<NearMiss> options = FurtherOptions.of(advice);
        if (!options.isEmpty()) {
            out.append("Further options (one more credential would exempt):\n");
            for (NearMiss miss : options) {
                out.append("  - ").append(words.exempts(miss.rule())).append(" in ")
                        .append(words.qualification(miss.rule().qualificationId())).append(": add ")
                        .append(words.credentials(miss.missing(), "or")).append('\n');
            }
            out.append('\n');
        }
        if (!advice.lapsed().isEmpty()) {
            out.append("No longer counting (attained too long ago):\n");
            for (LapsedCredential lapsed : advice.lapsed()) {
                out.append("  - ").append(words.credential(lapsed.held().credentialId())).append(", attained ")
                        .append(Wording.attained(lapsed.held())).append(", counted until ")
                        .append(Wording.date(lapsed.countsUntil())).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void qualification(StringBuilder out, Wording words, QualificationAdvice q, LocalDate intake) {
        out.append(q.qualification().title()).append('\n');
        out.append("  ").append(Wording.headline(q, intake)).append('\n');
        for (Certificate certificate : q.exemptedCertificates()) {
            out.append("  Exempted ").append(certificate.kind() == sg.tsa.advisor.catalogue.CertificateKind.PDC
                    ? "PDC" : "certificate").append(": ").append(certificate.title()).append('\n');
            because(out, words, q.grantsFor(certificate));
            notForIntake(out, q, q.grantsFor(certificate), intake);
        }
        for (CourseModule module : q.exemptedModules()) {
            out.append("  Exempted module: ").append(module.title()).append('\n');
            because(out, words, q.grantsFor(module));
            notForIntake(out, q, q.grantsFor(module), intake);
        }
        q.hoursSaved().ifPresent(h -> out.append("  Hours saved: ").append(Numbers.format(h)).append('\n'));
        out.append("  Remaining modules: ");
        List<CourseModule> remaining = q.remainingModules().orElse(null);
        if (remaining == null) {
            out.append("full module list not published\n");
        } else if (remaining.isEmpty()) {
            out.append("none\n");
        } else {
            out.append('\n');
            remaining.forEach(m -> out.append("    - ").append(m.title()).append('\n'));
        }
        out.append('\n');
    }

    private static void notForIntake(StringBuilder out, QualificationAdvice q, List<Grant> grants, LocalDate intake) {
        String words = Wording.notForIntake(q, grants, intake);
        if (words != null) {
            out.append("      ").append(words).append('\n');
        }
    }

    private static void because(StringBuilder out, Wording words, List<Grant> grants) {
        for (Grant grant : grants) {
            out.append("      because: ").append(words.because(grant.credentials())).append('\n');
        }
    }
}
