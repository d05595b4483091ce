package sg.tsa.advisor.evidence;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;

import java.util.Optional;

/** The catalogue credential a file shows: the one whose {@code matches} names one of the file's keys. */
public final class CatalogueMatch {
    private CatalogueMatch() {
    }

    public static Optional<Credential> credentialFor(Catalogue catalogue, Evidence evidence) {
        return catalogue.credentials().stream()
                .filter(c -> c.matches().stream().anyMatch(evidence.keys()::contains))
                .findFirst();
    }
}
