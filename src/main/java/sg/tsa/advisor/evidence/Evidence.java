package sg.tsa.advisor.evidence;

import sg.tsa.advisor.catalogue.CredentialMatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one credential file shows, read offline. Holds no personal identifier: a national identity number or an
 * e-mail address read from a file is dropped while it is parsed; a hashed recipient is kept only as the hash.
 *
 * @param achievement the badge's or certificate's name, or null when the file does not carry it (a hosted badge
 *                    that names its BadgeClass only by URL)
 * @param issuer      who issued it, as the file or the OpenCerts registry names it; null when unknown
 * @param attainedOn  the day it was awarded, as the file states it; null when the file states none
 * @param expiresOn   the day it expires, or null
 * @param keys        how the file can be recognised as a catalogue credential
 * @param recipient   the hashed recipient identity, when the file carries one
 */
public record Evidence(String file, EvidenceFormat format, String achievement, String issuer, LocalDate attainedOn,
                       LocalDate expiresOn, List<CredentialMatch> keys, Verification verification, String detail,
                       HashedRecipient recipient) {
    public Evidence {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        keys = List.copyOf(keys);
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(detail, "detail");
    }

    public Optional<HashedRecipient> hashedRecipient() {
        return Optional.ofNullable(recipient);
    }
}
