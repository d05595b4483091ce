package sg.tsa.advisor.cli;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.evidence.CatalogueMatch;
import sg.tsa.advisor.evidence.Evidence;
import sg.tsa.advisor.evidence.EvidenceReader;
import sg.tsa.advisor.evidence.NotACredentialFileException;
import sg.tsa.advisor.evidence.TrustedKeys;
import sg.tsa.advisor.evidence.Verification;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code advise --evidence FILE}: the credential each file shows, with the date it states. A file that is altered,
 * unreadable, states no date, or matches no catalogue credential is bad input: it is never counted.
 */
final class EvidenceArguments {
    private EvidenceArguments() {
    }

    static List<HeldCredential> held(List<Path> files, Catalogue catalogue, TrustedKeys trusted, LocalDate asOf,
                                     List<String> problems) {
        EvidenceReader reader = new EvidenceReader(trusted);
        List<HeldCredential> held = new ArrayList<>();
        for (Path file : files) {
            String where = "--evidence " + file + ": ";
            Evidence evidence;
            try {
                evidence = reader.read(file);
            } catch (NotACredentialFileException e) {
                problems.add(where + e.getMessage());
                continue;
            }
            Optional<Credential> credential = CatalogueMatch.credentialFor(catalogue, evidence);
            String shows = evidence.achievement() == null ? "the badge" : "\"" + evidence.achievement() + "\"";
            if (evidence.verification() == Verification.ALTERED) {
                problems.add(where + "altered (" + evidence.detail() + ")");
            } else if (credential.isEmpty()) {
                problems.add(where + shows + " matches no catalogue credential: record it as an unlisted credential"
                        + " in the window; it is not counted");
            } else if (evidence.attainedOn() == null) {
                problems.add(where + shows + " states no date it was awarded: give it as " + credential.get().id()
                        + "@YYYY-MM-DD instead");
            } else if (asOf != null && evidence.attainedOn().isAfter(asOf)) {
                problems.add(where + shows + " was awarded on " + evidence.attainedOn()
                        + ", after the assessment date " + asOf);
            } else {
                held.add(new HeldCredential(credential.get().id(), evidence.attainedOn()));
            }
        }
        return held;
    }
}
