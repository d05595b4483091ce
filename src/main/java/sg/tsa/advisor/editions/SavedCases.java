package sg.tsa.advisor.editions;

import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.impact.CatalogueImpact.SavedCase;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.Learner;
import sg.tsa.advisor.storage.learner.LearnerDetails;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The saved consultations as the impact of a new edition needs them, read from the local database. */
public final class SavedCases {
    private SavedCases() {
    }

    /**
     * Every saved consultation with its learner's name and contact and the credentials entered, those attained
     * after the assessment date left out (they were never counted).
     */
    public static List<SavedCase> of(Storage storage) {
        Map<Long, Optional<Learner>> learners = new HashMap<>();
        List<SavedCase> cases = new ArrayList<>();
        for (var consultation : storage.consultations().all()) {
            Optional<Learner> learner = learners.computeIfAbsent(consultation.learnerId(),
                    id -> storage.learners().find(id));
            List<HeldCredential> held = storage.consultations().entered(consultation.id()).stream()
                    .filter(entry -> !entry.attainedOn().isAfter(consultation.asOf()))
                    .map(entry -> new HeldCredential(entry.credentialId(), entry.attainedOn())).toList();
            cases.add(new SavedCase(consultation.id(),
                    learner.map(Learner::name).orElse("learner " + consultation.learnerId()),
                    learner.map(l -> contact(l.details())).orElse(null), consultation.asOf(), held));
        }
        return cases;
    }

    /** "tan@example.sg, 9123 4567", or null when neither is stored. */
    private static String contact(LearnerDetails details) {
        String both = Stream.of(details.email(), details.phone()).filter(s -> s != null)
                .collect(Collectors.joining(", "));
        return both.isEmpty() ? null : both;
    }
}
