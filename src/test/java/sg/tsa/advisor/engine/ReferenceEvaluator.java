package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The catalogue format's "Meaning" section, written out as plainly as possible, rule by rule and point by point,
 * with no index, no compilation and nothing shared with {@link ExemptionEngine} beyond the result types: the
 * yardstick the engine is compared with. Slow on purpose (it rereads everything for every question).
 * <p>
 * Where the format leaves a choice open, this follows the engine's long-standing readings: a credential entered
 * twice counts from its latest attainment; the credentials a granted rule names as "met by" are the one credential,
 * every part's of an allOf, every met part's of an anyOf; a lapsed credential is one that, were every held
 * credential counting, would be among those meeting a rule in force and not met.
 */
final class ReferenceEvaluator {
    private final Catalogue catalogue;

    ReferenceEvaluator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Advice advise(AdviceRequest request) {
        Map<String, HeldCredential> held = new LinkedHashMap<>();
        for (HeldCredential h : request.held()) {
            if (catalogue.credential(h.credentialId()).isEmpty()) {
                throw new InvalidAdviceRequestException("unknown credential \"" + h.credentialId() + "\"");
            }
            HeldCredential before = held.get(h.credentialId());
            if (before == null || !before.attainedOn().isAfter(h.attainedOn())) {
                held.put(h.credentialId(), h);
            }
        }
        LocalDate d = request.asOf();
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (Rule rule : catalogue.rules()) {
            outcomes.add(outcome(rule, held, d));
        }
        List<Qualification> byTitle = new ArrayList<>(catalogue.qualifications());
        byTitle.sort(Comparator.comparing(Qualification::title).thenComparing(Qualification::id));
        List<QualificationAdvice> qualifications = new ArrayList<>();
        List<NearMiss> nearMisses = new ArrayList<>();
        Map<String, List<String>> lapsedRules = new TreeMap<>();
        Map<String, LocalDate> lapsedUntil = new TreeMap<>();
        for (Qualification q : byTitle) {
            QualificationAdvice advice = qualification(q, held, request);
            if (!advice.grants().isEmpty()) {
                qualifications.add(advice);
            }
            for (Rule rule : catalogue.rules()) {
                boolean inForceNotMet = inForce(rule, d) && !met(rule.requires(), held, rule, d);
                if (!rule.qualificationId().equals(q.id()) || !inForceNotMet) {
                    continue;
                }
                List<String> missing = nearMissing(rule, held, d);
                if (!missing.isEmpty() && !alreadyExempted(rule, q, advice)) {
                    nearMisses.add(new NearMiss(rule, missing));
                }
                for (String id : names(rule.requires())) {
                    HeldCredential h = held.get(id);
                    if (h != null && !counts(h, rule, d) && wouldMeetIfEverythingCounted(rule, id, held)) {
                        lapsedRules.computeIfAbsent(id, x -> new ArrayList<>()).add(rule.id());
                        LocalDate until = lastDay(h, rule);
                        lapsedUntil.merge(id, until, (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            }
        }
        List<LapsedCredential> lapsed = new ArrayList<>();
        lapsedRules.forEach((id, rules) -> lapsed.add(new LapsedCredential(held.get(id), lapsedUntil.get(id), rules)));
        return new Advice(catalogue.version(), d, request.intake(), new ArrayList<>(held.values()), qualifications,
                nearMisses, lapsed, outcomes);
    }

    /** Point 1: the last day a held credential counts for a rule, or null when it counts however old. */
    private LocalDate lastDay(HeldCredential h, Rule rule) {
        Integer years = rule.recencyYears() != null ? rule.recencyYears() : catalogue.defaultRecencyYears();
        return years == null ? null : h.attainedOn().plusYears(years);
    }

    private boolean counts(HeldCredential h, Rule rule, LocalDate d) {
        LocalDate last = lastDay(h, rule);
        return last == null || d.compareTo(last) <= 0;
    }

    /** Point 2. */
    private static boolean inForce(Rule rule, LocalDate d) {
        boolean started = rule.effectiveFrom() == null || rule.effectiveFrom().compareTo(d) <= 0;
        boolean notEnded = rule.effectiveUntil() == null || d.compareTo(rule.effectiveUntil()) <= 0;
        return started && notEnded;
    }

    /** Whether a requirement is met by the held credentials that count for {@code rule} on {@code d}. */
    private boolean met(Requirement r, Map<String, HeldCredential> held, Rule rule, LocalDate d) {
        return satisfied(r, id -> held.containsKey(id) && counts(held.get(id), rule, d));
    }

    private interface Counting {
        boolean test(String credentialId);
    }

    private static boolean satisfied(Requirement r, Counting counting) {
        if (r instanceof Requirement.Holds h) {
            return counting.test(h.credentialId());
        }
        if (r instanceof Requirement.AllOf all) {
            for (Requirement part : all.parts()) {
                if (!satisfied(part, counting)) {
                    return false;
                }
            }
            return true;
        }
        for (Requirement part : ((Requirement.AnyOf) r).parts()) {
            if (satisfied(part, counting)) {
                return true;
            }
        }
        return false;
    }

    /** The credentials that met a requirement: the one; every part's of an allOf; every met part's of an anyOf. */
    private static void meeting(Requirement r, Counting counting, Set<String> into) {
        if (r instanceof Requirement.Holds h) {
            into.add(h.credentialId());
        } else if (r instanceof Requirement.AllOf all) {
            all.parts().forEach(p -> meeting(p, counting, into));
        } else {
            for (Requirement part : ((Requirement.AnyOf) r).parts()) {
                if (satisfied(part, counting)) {
                    meeting(part, counting, into);
                }
            }
        }
    }

    /** The credential ids a requirement names, each once, in the order written. */
    private static Set<String> names(Requirement r) {
        Set<String> names = new LinkedHashSet<>();
        if (r instanceof Requirement.Holds h) {
            names.add(h.credentialId());
        } else {
            List<Requirement> parts = r instanceof Requirement.AllOf all ? all.parts()
                    : ((Requirement.AnyOf) r).parts();
            parts.forEach(p -> names.addAll(names(p)));
        }
        return names;
    }

    private RuleOutcome outcome(Rule rule, Map<String, HeldCredential> held, LocalDate d) {
        List<CountedCredential> counting = new ArrayList<>();
        List<CountedCredential> lapsed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : names(rule.requires())) {
            HeldCredential h = held.get(id);
            if (h == null) {
                missing.add(id);
            } else if (counts(h, rule, d)) {
                counting.add(new CountedCredential(h, lastDay(h, rule)));
            } else {
                lapsed.add(new CountedCredential(h, lastDay(h, rule)));
            }
        }
        if (!inForce(rule, d)) {
            return new RuleOutcome(rule, RuleOutcome.Status.NOT_IN_FORCE, counting, lapsed, missing);
        }
        if (!met(rule.requires(), held, rule, d)) {
            return new RuleOutcome(rule, RuleOutcome.Status.NOT_MET, counting, lapsed, missing);
        }
        Set<String> meeting = new LinkedHashSet<>();
        meeting(rule.requires(), id -> held.containsKey(id) && counts(held.get(id), rule, d), meeting);
        List<CountedCredential> used = counting.stream().filter(c -> meeting.contains(c.credentialId())).toList();
        return new RuleOutcome(rule, RuleOutcome.Status.GRANTED, used, lapsed, missing);
    }

    /** Points 3, 4 and 7 for one qualification. */
    private QualificationAdvice qualification(Qualification q, Map<String, HeldCredential> held,
                                              AdviceRequest request) {
        List<Grant> grants = new ArrayList<>();
        Set<String> modules = new LinkedHashSet<>();
        Set<String> certificates = new LinkedHashSet<>();
        List<String> lapsing = new ArrayList<>();
        for (Rule rule : catalogue.rules()) {
            RuleOutcome outcome = rule.qualificationId().equals(q.id()) ? outcome(rule, held, request.asOf()) : null;
            if (outcome == null || !outcome.granted()) {
                continue;
            }
            grants.add(new Grant(rule, outcome.counted()));
            modules.addAll(modulesExempted(q, rule.exempts()));
            if (rule.exempts() instanceof Exemption.OfCertificate c) {
                certificates.add(c.certificateId());
            }
            LocalDate intake = request.intake();
            if (intake != null && !(inForce(rule, intake) && met(rule.requires(), held, rule, intake))) {
                lapsing.add(rule.id());
            }
        }
        List<CourseModule> exempted = new ArrayList<>();
        List<CourseModule> remaining = new ArrayList<>();
        for (CourseModule m : q.modules()) {
            (modules.contains(m.id()) ? exempted : remaining).add(m);
        }
        List<Certificate> whole = q.certificates().stream().filter(c -> certificates.contains(c.id())).toList();
        return new QualificationAdvice(q, exempted, whole, grants,
                q.structureComplete() ? Optional.of(remaining) : Optional.empty(), lapsing);
    }

    private static List<String> modulesExempted(Qualification q, Exemption exemption) {
        if (exemption instanceof Exemption.OfModule m) {
            return List.of(m.moduleId());
        }
        for (Certificate c : q.certificates()) {
            if (c.id().equals(exemption.targetId())) {
                return c.moduleIds();
            }
        }
        return List.of();
    }

    /** Point 5: the credentials, one more of which would meet the rule; one held but not counting is missing. */
    private List<String> nearMissing(Rule rule, Map<String, HeldCredential> held, LocalDate d) {
        List<String> missing = new ArrayList<>();
        for (String candidate : names(rule.requires())) {
            boolean countsAlready = held.containsKey(candidate) && counts(held.get(candidate), rule, d);
            if (!countsAlready && satisfied(rule.requires(), id -> id.equals(candidate)
                    || held.containsKey(id) && counts(held.get(id), rule, d))) {
                missing.add(candidate);
            }
        }
        return missing;
    }

    /** Point 5's "whose exemption is not already granted": the module, or the certificate whole or in full. */
    private static boolean alreadyExempted(Rule rule, Qualification q, QualificationAdvice advice) {
        Set<String> exempted = new LinkedHashSet<>();
        advice.exemptedModules().forEach(m -> exempted.add(m.id()));
        if (rule.exempts() instanceof Exemption.OfModule m) {
            return exempted.contains(m.moduleId());
        }
        boolean whole = advice.exemptedCertificates().stream().anyMatch(c -> c.id().equals(rule.exempts().targetId()));
        List<String> modules = modulesExempted(q, rule.exempts());
        return whole || !modules.isEmpty() && exempted.containsAll(modules);
    }

    /** Point 6: with every held credential counting, the rule would be met, this credential among those meeting it. */
    private static boolean wouldMeetIfEverythingCounted(Rule rule, String id, Map<String, HeldCredential> held) {
        Counting everyHeld = held::containsKey;
        if (!satisfied(rule.requires(), everyHeld)) {
            return false;
        }
        Set<String> meeting = new LinkedHashSet<>();
        meeting(rule.requires(), everyHeld, meeting);
        return meeting.contains(id);
    }
}
