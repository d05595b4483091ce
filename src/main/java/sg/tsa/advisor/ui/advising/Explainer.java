package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.CountedCredential;
import sg.tsa.advisor.engine.RuleOutcome;
import sg.tsa.advisor.report.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Puts into words why a module or certificate is or is not exempted, from the engine's rule outcomes, and what a
 * rule asks for ("A and B", "A or B"). Plain Java; the words for credentials and dates come from {@link Wording}.
 */
final class Explainer {
    private final RuleIndex index;
    private final Wording words;

    Explainer(RuleIndex index) {
        this.index = index;
        this.words = new Wording(index.catalogue());
    }

    Explanation module(Qualification qualification, CourseModule module, Advice held, Advice withPlanned) {
        String notForIntake = held == null ? null : held.qualification(qualification.id())
                .map(q -> Wording.notForIntake(q, q.grantsFor(module), held.intake())).orElse(null);
        return explain(qualification, module.title(), index.exempting(qualification, module), held, withPlanned,
                notForIntake);
    }

    Explanation certificate(Qualification qualification, Certificate certificate, Advice held, Advice withPlanned) {
        String subject = "the whole " + (certificate.kind() == sg.tsa.advisor.catalogue.CertificateKind.PDC
                ? "PDC " : "certificate ") + certificate.title();
        String notForIntake = held == null ? null : held.qualification(qualification.id())
                .map(q -> Wording.notForIntake(q, q.grantsFor(certificate), held.intake())).orElse(null);
        return explain(qualification, subject, index.exempting(qualification, certificate), held, withPlanned,
                notForIntake);
    }

    private Explanation explain(Qualification qualification, String subject, List<Rule> rules, Advice held,
                                Advice withPlanned, String notForIntake) {
        List<String> reasons = new ArrayList<>();
        boolean granted = false;
        boolean grantedWithPlanned = false;
        for (Rule rule : rules) {
            Optional<RuleOutcome> outcome = held == null ? Optional.empty() : held.outcome(rule);
            granted |= outcome.map(RuleOutcome::granted).orElse(false);
            if (withPlanned != null) {
                grantedWithPlanned |= withPlanned.outcome(rule).map(RuleOutcome::granted).orElse(false);
            }
            reasons.add(reason(rule, outcome.orElse(null), held));
        }
        if (rules.isEmpty()) {
            reasons.add("No credential in catalogue " + index.catalogue().version() + " exempts this.");
        }
        Explanation.Verdict verdict = granted
                ? (notForIntake == null ? Explanation.Verdict.EXEMPTED : Explanation.Verdict.NOT_FOR_INTAKE)
                : grantedWithPlanned ? Explanation.Verdict.ONLY_IF_PLANNED : Explanation.Verdict.NOT_EXEMPTED;
        String words = verdict == Explanation.Verdict.NOT_FOR_INTAKE
                ? Wording.exemptedNotForIntake(notForIntake) : verdict.words();
        return new Explanation(qualification.title(), subject, verdict, words, reasons);
    }

    private String reason(Rule rule, RuleOutcome outcome, Advice held) {
        String through = rule.exempts() instanceof Exemption.OfCertificate
                ? " (exempts " + words.exempts(rule) + ")" : "";
        String asks = "Needs " + requirement(rule.requires()) + through + ". ";
        String source = index.catalogue().source(rule.sourceId()).map(s -> s.title()).orElse(rule.sourceId());
        String note = (rule.note() == null ? "" : " Note: " + rule.note()) + " Source: " + source + " (rule "
                + rule.id() + ").";
        if (outcome == null) {
            return asks + note;
        }
        return asks + switch (outcome.status()) {
            case GRANTED -> "Met because: " + words.because(outcome.counted()) + ".";
            case NOT_IN_FORCE -> "Not in force on " + Wording.date(held.asOf()) + inForce(rule) + ".";
            case NOT_MET -> notMet(outcome);
        } + note;
    }

    private String notMet(RuleOutcome outcome) {
        List<String> parts = new ArrayList<>();
        if (!outcome.counted().isEmpty()) {
            parts.add("Counting: " + outcome.counted().stream().map(words::counted)
                    .collect(Collectors.joining("; ")) + ".");
        }
        for (CountedCredential lapsed : outcome.lapsed()) {
            parts.add(words.credential(lapsed.credentialId()) + " stopped counting after "
                    + Wording.date(lapsed.countsUntil()) + ".");
        }
        if (!outcome.missing().isEmpty()) {
            parts.add("Not held: " + words.credentials(outcome.missing(), "and") + ".");
        }
        return parts.isEmpty() ? "Not met." : "Not met. " + String.join(" ", parts);
    }

    private static String inForce(Rule rule) {
        String from = rule.effectiveFrom() == null ? "" : " (in force from " + Wording.date(rule.effectiveFrom());
        String until = rule.effectiveUntil() == null ? "" : (from.isEmpty() ? " (in force" : "")
                + " until " + Wording.date(rule.effectiveUntil());
        return from.isEmpty() && until.isEmpty() ? "" : from + until + ")";
    }

    /** What a requirement asks for: "A", "A and B", "A or (B and C)". */
    String requirement(Requirement requirement) {
        return requirement(requirement, false);
    }

    private String requirement(Requirement requirement, boolean nested) {
        if (requirement instanceof Requirement.Holds holds) {
            return words.credential(holds.credentialId());
        }
        boolean all = requirement instanceof Requirement.AllOf;
        List<Requirement> parts = all ? ((Requirement.AllOf) requirement).parts()
                : ((Requirement.AnyOf) requirement).parts();
        if (parts.size() == 1) {
            return requirement(parts.get(0), nested);
        }
        String joined = parts.stream().map(p -> requirement(p, true))
                .collect(Collectors.joining(all ? " and " : " or "));
        return nested ? "(" + joined + ")" : joined;
    }

    Catalogue catalogue() {
        return index.catalogue();
    }
}
