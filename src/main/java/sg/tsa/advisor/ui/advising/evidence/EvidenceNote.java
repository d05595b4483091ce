package sg.tsa.advisor.ui.advising.evidence;

import sg.tsa.advisor.evidence.Evidence;
import sg.tsa.advisor.evidence.EvidenceFormat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The evidence note written for the counsellor when a file adds a credential, e.g. "UNVERIFIABLE · Credly badge,
 * issued 30 Aug 2024, expires 30 Aug 2027, not verifiable offline (aws-saa.png)": the level first, as a tag.
 */
final class EvidenceNote {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private EvidenceNote() {
    }

    static String of(Evidence evidence) {
        StringBuilder note = new StringBuilder(tag(evidence)).append(" · ").append(kind(evidence));
        if (evidence.attainedOn() != null) {
            note.append(", issued ").append(day(evidence.attainedOn()));
        }
        if (evidence.expiresOn() != null) {
            note.append(", expires ").append(day(evidence.expiresOn()));
        }
        note.append(", ").append(switch (evidence.verification()) {
            case VERIFIED -> "signature verified";
            case INTACT -> "file intact, issuer not confirmed offline";
            case UNVERIFIABLE -> "not verifiable offline";
            case ALTERED -> "altered";
        });
        return note.append(" (").append(evidence.file()).append(')').toString();
    }

    static String tag(Evidence evidence) {
        return evidence.verification().word().toUpperCase(Locale.ROOT);
    }

    private static String kind(Evidence evidence) {
        boolean credly = evidence.keys().stream()
                .anyMatch(k -> k instanceof sg.tsa.advisor.catalogue.CredentialMatch.CredlyTemplate);
        if (credly) {
            return "Credly badge";
        }
        return evidence.format() == EvidenceFormat.OPENCERTS ? "OpenCerts certificate"
                : evidence.format() == EvidenceFormat.OPEN_BADGES_3 ? "Open Badges 3.0 credential" : "Open Badge";
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
