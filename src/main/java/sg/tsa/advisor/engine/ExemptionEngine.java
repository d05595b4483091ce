package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies a catalogue's rules to a learner's credentials: the "Meaning" section of the catalogue format, point by
 * point. Stateless apart from the catalogue; safe to share between threads.
 */
public final class ExemptionEngine {
    private final Catalogue catalogue;
    private final Map<String, List<Rule>> rulesByQualification = new LinkedHashMap<>();

    public ExemptionEngine(Catalogue catalogue) {
        this.catalogue = catalogue;
        for (Rule rule : catalogue.rules()) {
            rulesByQualification.computeIfAbsent(rule.qualificationId(), q -> new ArrayList<>()).add(rule);
        }
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * The advice for {@code request}.
     *
     * @throws InvalidAdviceRequestException when a held credential is not in the catalogue
     */
    public Advice advise(AdviceRequest request) {
        Map<String, HeldCredential> held = latestAttainments(request.held());
        LocalDate asOf = request.asOf();

        Map<String, RuleOutcome> outcomes = new LinkedHashMap<>();
        for (Rule rule : catalogue.rules()) {
            outcomes.put(rule.id(), outcome(rule, held, asOf));
        }
        List<QualificationAdvice> qualifications = new ArrayList<>();
        List<NearMiss> nearMisses = new ArrayList<>();
        Map<String, LapsedBuilder> lapsed = new LinkedHashMap<>();

        for (Qualification qualification : byTitle(catalogue.qualifications())) {
            List<Rule> rules = rulesByQualification.getOrDefault(qualification.id(), List.of());
            List<Grant> grants = new ArrayList<>();
            List<RuleOutcome> notMet = new ArrayList<>();
            for (Rule rule : rules) {
                RuleOutcome outcome = outcomes.get(rule.id());
                if (outcome.granted()) {
                    grants.add(new Grant(rule, outcome.counted()));
                } else if (outcome.status() == RuleOutcome.Status.NOT_MET) {
                    notMet.add(outcome);
                }
            }
            QualificationAdvice advice = qualificationAdvice(qualification, grants, held, request);
            if (!grants.isEmpty()) {
                qualifications.add(advice);
            }
            for (RuleOutcome outcome : notMet) {
                nearMiss(outcome, held, asOf, advice).ifPresent(nearMisses::add);
                recordLapsed(outcome, held, asOf, lapsed);
            }
        }
        List<LapsedCredential> lapsedCredentials = lapsed.values().stream().map(LapsedBuilder::build)
                .sorted(Comparator.comparing(l -> l.held().credentialId())).toList();
        return new Advice(catalogue.version(), asOf, request.intake(), List.copyOf(held.values()), qualifications,
                nearMisses, lapsedCredentials, List.copyOf(outcomes.values()));
    }

    /** A credential entered twice (renewed, say) counts from its latest attainment. */
    private Map<String, HeldCredential> latestAttainments(List<HeldCredential> held) {
        Map<String, HeldCredential> latest = new LinkedHashMap<>();
        for (HeldCredential h : held) {
            if (catalogue.credential(h.credentialId()).isEmpty()) {
                throw new InvalidAdviceRequestException("unknown credential \"" + h.credentialId() + "\"");
            }
            latest.merge(h.credentialId(), h, (a, b) -> a.attainedOn().isAfter(b.attainedOn()) ? a : b);
        }
        return latest;
    }

    private static List<Qualification> byTitle(List<Qualification> qualifications) {
        return qualifications.stream()
                .sorted(Comparator.comparing(Qualification::title).thenComparing(Qualification::id)).toList();
    }

    /** Meaning points 1–3 for one rule. */
    private RuleOutcome outcome(Rule rule, Map<String, HeldCredential> held, LocalDate date) {
        Integer years = catalogue.recencyYearsOf(rule);
        List<CountedCredential> counting = new ArrayList<>();
        List<CountedCredential> lapsedOnes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : rule.requires().credentialIds()) {
            HeldCredential h = held.get(id);
            if (h == null) {
                missing.add(id);
            } else if (h.countsOn(date, years)) {
                counting.add(new CountedCredential(h, h.countsUntil(years)));
            } else {
                lapsedOnes.add(new CountedCredential(h, h.countsUntil(years)));
            }
        }
        if (!rule.inForceOn(date)) {
            return new RuleOutcome(rule, RuleOutcome.Status.NOT_IN_FORCE, counting, lapsedOnes, missing);
        }
        Set<String> countingIds = ids(counting);
        Set<String> metBy = rule.requires().metBy(countingIds::contains);
        if (metBy.isEmpty()) {
            return new RuleOutcome(rule, RuleOutcome.Status.NOT_MET, counting, lapsedOnes, missing);
        }
        List<CountedCredential> used = counting.stream().filter(c -> metBy.contains(c.credentialId())).toList();
        return new RuleOutcome(rule, RuleOutcome.Status.GRANTED, used, lapsedOnes, missing);
    }

    private static Set<String> ids(List<CountedCredential> credentials) {
        Set<String> ids = new HashSet<>();
        credentials.forEach(c -> ids.add(c.credentialId()));
        return ids;
    }

    /** Meaning points 3, 4 and 7 for one qualification. */
    private QualificationAdvice qualificationAdvice(Qualification qualification, List<Grant> grants,
                                                    Map<String, HeldCredential> held, AdviceRequest request) {
        Set<String> exemptedIds = new HashSet<>();
        Set<String> certificateIds = new LinkedHashSet<>();
        List<String> lapsingBeforeIntake = new ArrayList<>();
        for (Grant grant : grants) {
            Exemption exemption = grant.rule().exempts();
            exemptedIds.addAll(Exemptions.modulesOf(qualification, exemption));
            if (exemption instanceof Exemption.OfCertificate) {
                certificateIds.add(exemption.targetId());
            }
            if (request.intake() != null
                    && !outcome(grant.rule(), held, request.intake()).granted()) {
                lapsingBeforeIntake.add(grant.rule().id());
            }
        }
        List<CourseModule> exempted = qualification.modules().stream()
                .filter(m -> exemptedIds.contains(m.id())).toList();
        List<Certificate> certificates = qualification.certificates().stream()
                .filter(c -> certificateIds.contains(c.id())).toList();
        Optional<List<CourseModule>> remaining = qualification.structureComplete()
                ? Optional.of(qualification.modules().stream().filter(m -> !exemptedIds.contains(m.id())).toList())
                : Optional.empty();
        return new QualificationAdvice(qualification, exempted, certificates, grants, remaining, lapsingBeforeIntake);
    }

    /** Meaning point 5: a held credential that no longer counts is treated as missing. */
    private Optional<NearMiss> nearMiss(RuleOutcome outcome, Map<String, HeldCredential> held, LocalDate date,
                                        QualificationAdvice granted) {
        if (alreadyGranted(outcome.rule().exempts(), granted)) {
            return Optional.empty();
        }
        Set<String> counting = ids(outcome.counted());
        List<String> missing = new ArrayList<>();
        for (String candidate : outcome.rule().requires().credentialIds()) {
            if (!counting.contains(candidate)
                    && outcome.rule().requires().isMetBy(id -> id.equals(candidate) || counting.contains(id))) {
                missing.add(candidate);
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(new NearMiss(outcome.rule(), missing));
    }

    private static boolean alreadyGranted(Exemption exemption, QualificationAdvice granted) {
        Set<String> exemptedModules = new HashSet<>();
        granted.exemptedModules().forEach(m -> exemptedModules.add(m.id()));
        if (exemption instanceof Exemption.OfModule module) {
            return exemptedModules.contains(module.moduleId());
        }
        boolean wholeGranted = granted.exemptedCertificates().stream()
                .anyMatch(c -> c.id().equals(exemption.targetId()));
        List<String> modules = Exemptions.modulesOf(granted.qualification(), exemption);
        return wholeGranted || (!modules.isEmpty() && exemptedModules.containsAll(modules));
    }

    /**
     * Meaning point 6: a lapsed credential is reported for a rule in force, not met, that counting every held
     * credential would meet with that credential among those meeting it.
     */
    private void recordLapsed(RuleOutcome outcome, Map<String, HeldCredential> held, LocalDate date,
                              Map<String, LapsedBuilder> lapsed) {
        if (outcome.lapsed().isEmpty()) {
            return;
        }
        Predicate<String> ifAllCounted = held::containsKey;
        Set<String> wouldMeet = outcome.rule().requires().metBy(ifAllCounted);
        for (CountedCredential c : outcome.lapsed()) {
            if (wouldMeet.contains(c.credentialId())) {
                lapsed.computeIfAbsent(c.credentialId(), id -> new LapsedBuilder(c.held()))
                        .add(outcome.rule().id(), c.countsUntil());
            }
        }
    }

    private static final class LapsedBuilder {
        private final HeldCredential held;
        private final List<String> rules = new ArrayList<>();
        private LocalDate countsUntil;

        LapsedBuilder(HeldCredential held) {
            this.held = held;
        }

        void add(String ruleId, LocalDate until) {
            rules.add(ruleId);
            countsUntil = countsUntil == null || until.isAfter(countsUntil) ? until : countsUntil;
        }

        LapsedCredential build() {
            return new LapsedCredential(held, countsUntil, rules);
        }
    }
}
