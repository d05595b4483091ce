package sg.tsa.advisor.report;

import sg.tsa.advisor.text.Counted;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.engine.CountedCredential;
import sg.tsa.advisor.engine.Exemptions;
import sg.tsa.advisor.engine.Grant;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.engine.QualificationAdvice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How advice is worded for people: the one place that turns ids and dates into the words the window, the
 * text report and the printed summary all use, so that the three always say the same thing.
 */
public final class Wording {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK);

    /** The heading of the credentials a learner holds that the recognition list does not name. */
    public static final String NOT_LISTED = "Not on the recognition list — the school may assess it separately";

    private final Catalogue catalogue;

    public Wording(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A date as people read it here, e.g. "1 Jun 2024". */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * The day a credential was attained as the counsellor gave it: "1 Jun 2024", or for a month given alone
     * "June 2024, taken as 1 Jun 2024".
     */
    public static String attained(LocalDate date, boolean monthOnly) {
        return monthOnly ? MONTH.format(date) + ", taken as " + date(date) : date(date);
    }

    /** The day a held credential was attained as the counsellor gave it (see {@link #attained(LocalDate, boolean)}). */
    public static String attained(HeldCredential held) {
        return attained(held.attainedOn(), held.monthOnly());
    }

    /** What is said of a credential recorded as not listed: "Attained 1 Mar 2024. Not counted. Note: …". */
    public static String notListed(LocalDate attainedOn, String note) {
        return notListed(attainedOn, false, note);
    }

    /** As {@link #notListed(LocalDate, String)}, for a date that may have been given as a month alone. */
    public static String notListed(LocalDate attainedOn, boolean monthOnly, String note) {
        return (attainedOn == null ? "Date not given" : "Attained " + attained(attainedOn, monthOnly)) + ". Not counted."
                + (note == null || note.isBlank() ? "" : " Note: " + note.strip());
    }

    /** A moment as people read it here, e.g. "28 Nov 2026, 14:05". */
    public static String dateTime(LocalDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    /** The credential's title, or its id where the catalogue does not know it. */
    public String credential(String credentialId) {
        return catalogue.credential(credentialId).map(Credential::title).orElse(credentialId);
    }

    /** Titles of several credentials joined as "A or B" ({@code conjunction} "or") or "A and B". */
    public String credentials(List<String> credentialIds, String conjunction) {
        List<String> titles = credentialIds.stream().map(this::credential).toList();
        if (titles.size() <= 1) {
            return String.join("", titles);
        }
        return String.join(", ", titles.subList(0, titles.size() - 1)) + " " + conjunction + " "
                + titles.get(titles.size() - 1);
    }

    /** "Cisco Certified Network Associate (CCNA), attained 1 Jun 2024, counts until 1 Jun 2028". */
    public String counted(CountedCredential credential) {
        return credential(credential.credentialId()) + ", " + countedDates(credential);
    }

    /**
     * "attained 1 Jun 2024, counts until 1 Jun 2028" (without "counts until" where there is no time limit; "attained
     * June 2024, taken as 1 Jun 2024, …" for a month given alone).
     */
    public static String countedDates(CountedCredential credential) {
        return "attained " + attained(credential.held())
                + (credential.countsUntil() == null ? "" : ", counts until " + date(credential.countsUntil()));
    }

    /** The held credentials that earned a grant, each with its dates, joined by "; ". */
    public String because(List<CountedCredential> credentials) {
        return credentials.stream().map(this::counted).collect(Collectors.joining("; "));
    }

    /** What a rule exempts, e.g. "Data Communication and Networking" or "the PDC Aquatic Animal Health & Nutrition". */
    public String exempts(Rule rule) {
        Qualification qualification = catalogue.qualification(rule.qualificationId()).orElseThrow();
        String title = Exemptions.titleOf(qualification, rule.exempts());
        return rule.exempts() instanceof sg.tsa.advisor.catalogue.Exemption.OfCertificate
                ? qualification.certificate(rule.exempts().targetId())
                        .map(c -> "the whole " + certificateKind(c.kind()) + " " + title).orElse(title)
                : title;
    }

    public String qualification(String qualificationId) {
        return catalogue.qualification(qualificationId).map(Qualification::title).orElse(qualificationId);
    }

    /** "PDC", "modular certificate" or "certificate". */
    public static String certificateKind(sg.tsa.advisor.catalogue.CertificateKind kind) {
        return switch (kind) {
            case PDC -> "PDC";
            case MODULAR_CERTIFICATE -> "modular certificate";
            case OTHER -> "certificate";
        };
    }

    /**
     * Why an exemption granted on the assessment date is not granted on the planned intake date ("Not granted for
     * the intake on 1 Apr 2027", with ": recognised only until …" where the rule itself ends first); null when it
     * is granted for the intake too, or when there is no intake. It lapses only when every grant of it does.
     */
    public static String notForIntake(QualificationAdvice q, List<Grant> grants, LocalDate intake) {
        if (intake == null || grants.isEmpty()
                || !grants.stream().allMatch(g -> q.lapsingBeforeIntake().contains(g.rule().id()))) {
            return null;
        }
        String words = "Not granted for the intake on " + date(intake);
        Grant grant = grants.get(0);
        boolean credentialEnds = grant.credentials().stream()
                .anyMatch(c -> c.countsUntil() != null && c.countsUntil().isBefore(intake));
        LocalDate ruleEnds = grant.rule().effectiveUntil();
        if (!credentialEnds && ruleEnds != null && ruleEnds.isBefore(intake)) {
            words += ": recognised only until " + date(ruleEnds);
        }
        return words;
    }

    /** The verdict of "Why?" for an exemption granted today but not for the intake, given {@link #notForIntake}. */
    public static String exemptedNotForIntake(String notForIntake) {
        return "Exempted today only. " + notForIntake + ".";
    }

    /**
     * What a held credential's card says when it counts on the assessment date but stops before the intake:
     * "Counts until 1 Jan 2027, not for the intake on 1 Apr 2027".
     */
    public static String countsUntilBeforeIntake(LocalDate until, LocalDate intake) {
        return "Counts until " + date(until) + ", not for the intake on " + date(intake);
    }

    /**
     * The first line of a qualification's advice: "2 modules exempted — 1 lapses before the April 2027 intake",
     * "1 whole PDC and 1 module exempted". Counts what is listed: each whole certificate once, and each module not
     * part of one.
     */
    public static String headline(QualificationAdvice q, LocalDate intake) {
        int certificates = 0;
        int modules = 0;
        int lapsing = 0;
        for (Certificate certificate : q.exemptedCertificates()) {
            certificates++;
            lapsing += notForIntake(q, q.grantsFor(certificate), intake) == null ? 0 : 1;
        }
        for (CourseModule module : q.exemptedModules()) {
            if (q.qualification().certificateOf(module.id()).filter(q.exemptedCertificates()::contains).isEmpty()) {
                modules++;
                lapsing += notForIntake(q, q.grantsFor(module), intake) == null ? 0 : 1;
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        if (certificates > 0) {
            List<String> kinds = q.exemptedCertificates().stream().map(c -> certificateKind(c.kind())).distinct()
                    .toList();
            String kind = kinds.size() == 1 ? kinds.get(0) : "certificate";
            parts.add(Counted.of(certificates, "whole " + kind));
        }
        if (modules > 0) {
            parts.add(Counted.of(modules, "module"));
        }
        String headline = String.join(" and ", parts) + " exempted";
        if (lapsing > 0) {
            headline += " — " + (certificates + modules == 1 ? "it lapses"
                    : lapsing + (lapsing == 1 ? " lapses" : " lapse")) + " before the " + MONTH.format(intake)
                    + " intake";
        }
        return headline;
    }
}
