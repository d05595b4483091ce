package sg.tsa.advisor.impact;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.engine.QualificationAdvice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which saved consultations a new catalogue edition would change: each consultation's credentials are advised
 * again on its own assessment date, with the active edition and with the new one, and the exempted modules
 * compared. A learner who would gain or lose an exemption is listed (the counsellor may want to call them).
 */
public final class CatalogueImpact {
    /**
     * A saved consultation as the impact needs it: who, on which date, holding what.
     *
     * @param contact how to reach the learner (e-mail address and phone as stored), or null when none is stored
     */
    public record SavedCase(long consultationId, String learner, String contact, LocalDate asOf,
                            List<HeldCredential> held) {
        public SavedCase {
            held = List.copyOf(held);
        }

        public SavedCase(long consultationId, String learner, LocalDate asOf, List<HeldCredential> held) {
            this(consultationId, learner, null, asOf, held);
        }
    }

    /** A module exempted under one edition and not under the other. */
    public record Exempted(String qualificationId, String qualificationTitle, String moduleId, String moduleTitle) {
    }

    /** What the new edition changes for one consultation; at least one of the lists is non-empty. */
    public record LearnerImpact(SavedCase consultation, List<Exempted> gained, List<Exempted> lost) {
    }

    private CatalogueImpact() {
    }

    /**
     * The consultations whose exempted modules differ between {@code current} and {@code next}, in the order given.
     * A credential that an edition does not know is left out of that edition's advice (a credential removed from
     * the catalogue no longer exempts anything).
     */
    public static List<LearnerImpact> of(Catalogue current, Catalogue next, List<SavedCase> cases) {
        ExemptionEngine before = new ExemptionEngine(current);
        ExemptionEngine after = new ExemptionEngine(next);
        List<LearnerImpact> impacts = new ArrayList<>();
        for (SavedCase saved : cases) {
            Map<String, Exempted> was = exempted(before, current, saved);
            Map<String, Exempted> now = exempted(after, next, saved);
            List<Exempted> gained = now.entrySet().stream().filter(e -> !was.containsKey(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            List<Exempted> lost = was.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            if (!gained.isEmpty() || !lost.isEmpty()) {
                impacts.add(new LearnerImpact(saved, gained, lost));
            }
        }
        return impacts;
    }

    /** The modules exempted for {@code saved} by one edition, keyed by qualification and module id. */
    private static Map<String, Exempted> exempted(ExemptionEngine engine, Catalogue catalogue, SavedCase saved) {
        List<HeldCredential> known = saved.held().stream()
                .filter(h -> catalogue.credential(h.credentialId()).isPresent()).toList();
        Advice advice = engine.advise(new AdviceRequest(known, saved.asOf()));
        Map<String, Exempted> modules = new LinkedHashMap<>();
        for (QualificationAdvice qualification : advice.qualifications()) {
            for (CourseModule module : qualification.exemptedModules()) {
                modules.put(qualification.qualification().id() + "/" + module.id(), new Exempted(
                        qualification.qualification().id(), qualification.qualification().title(), module.id(),
                        module.title()));
            }
        }
        return modules;
    }
}
