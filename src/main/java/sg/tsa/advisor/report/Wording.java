package sg.tsa.advisor.report;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.engine.CountedCredential;
import sg.tsa.advisor.engine.Exemptions;

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
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK);

    private final Catalogue catalogue;

    public Wording(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A date as people read it here, e.g. "1 Jun 2024". */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
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

    /** "attained 1 Jun 2024, counts until 1 Jun 2028" (without "counts until" where there is no time limit). */
    public static String countedDates(CountedCredential credential) {
        return "attained " + date(credential.held().attainedOn())
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
}
