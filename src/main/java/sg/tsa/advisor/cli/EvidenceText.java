package sg.tsa.advisor.cli;

import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.evidence.Evidence;

import java.util.Optional;

/** A credential file described for people, as {@code evidence inspect} prints it. */
final class EvidenceText {
    private EvidenceText() {
    }

    static String describe(Evidence evidence, Optional<Credential> credential, String email) {
        StringBuilder text = new StringBuilder();
        text.append(evidence.file()).append(": ").append(evidence.format().description()).append('\n');
        text.append("  achievement:  ").append(orUnknown(evidence.achievement())).append('\n');
        text.append("  issuer:       ").append(orUnknown(evidence.issuer())).append('\n');
        text.append("  attained:     ").append(evidence.attainedOn() == null ? "not stated" : evidence.attainedOn());
        if (evidence.expiresOn() != null) {
            text.append(", expires ").append(evidence.expiresOn());
        }
        text.append('\n');
        text.append("  catalogue:    ").append(credential.map(c -> c.id() + " (" + c.title() + ")")
                .orElse("matches no catalogue credential: it can be recorded as an unlisted credential, never"
                        + " counted")).append('\n');
        text.append("  verification: ").append(evidence.verification().word()).append(" - ")
                .append(evidence.detail()).append('\n');
        if (email != null) {
            text.append("  recipient:    ").append(recipient(evidence, email)).append('\n');
        }
        return text.toString();
    }

    /** "recipient matches", "does not match", or why it cannot be said; the address itself is never shown. */
    static String recipient(Evidence evidence, String email) {
        return evidence.hashedRecipient().map(r -> r.matches(email) ? "recipient matches" : "does not match")
                .orElse("the file names no hashed recipient to compare with");
    }

    private static String orUnknown(String value) {
        return value == null ? "not stated in the file" : value;
    }
}
