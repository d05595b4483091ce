package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Qualification;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * One request worked out by an {@link ExemptionEngine}: the rules naming a held credential ("affected") evaluated
 * at once, with the qualifications they grant and the lapsed credentials (meaning points 1-4, 6, 7); everything
 * else on demand. Immutable once built; the on-demand answers use scratch space of their own, so an advice may be
 * read from any thread.
 */
final class Evaluation {
    private final ExemptionEngine engine;
    private final LocalDate asOf;
    private final Holding held;
    /** Positions of the rules naming a held credential, ascending; {@link #found} in the same order. */
    private final int[] affected;
    /** What {@link CompiledRule#evaluate} found for each affected rule. */
    private final byte[] found;
    /** The outcome of each affected rule that granted; null for the others (worked out when asked). */
    private final RuleOutcome[] grantedOutcomes;
    /** Per qualification (by title position), its exempted modules and certificates; null when none. */
    private final boolean[][] exemptedModules;
    private final boolean[][] exemptedCertificates;
    private final Advice advice;

    Evaluation(ExemptionEngine engine, AdviceRequest request, List<HeldCredential> latest, Holding held,
               int[] affected) {
        this.engine = engine;
        this.asOf = request.asOf();
        this.held = held;
        this.affected = affected;
        this.found = new byte[affected.length];
        this.grantedOutcomes = new RuleOutcome[affected.length];
        this.exemptedModules = new boolean[engine.qualifications.length][];
        this.exemptedCertificates = new boolean[engine.qualifications.length][];
        boolean[] counts = new boolean[engine.width];
        for (int i = 0; i < affected.length; i++) {
            CompiledRule rule = engine.rules[affected[i]];
            found[i] = (byte) rule.evaluate(held, asOf, counts);
            if (found[i] == CompiledRule.GRANTED || found[i] == (CompiledRule.GRANTED | CompiledRule.HAS_LAPSED)) {
                grantedOutcomes[i] = rule.outcome(held, found[i], counts);
            }
        }
        List<QualificationAdvice> qualifications = new ArrayList<>();
        Map<String, LapsedBuilder> lapsed = new TreeMap<>();
        int from = 0;
        while (from < affected.length && affected[from] < engine.rulesOfQualifications) {
            int q = engine.rules[affected[from]].qualification;
            int to = from;
            while (to < affected.length && affected[to] < engine.rulesOfQualifications
                    && engine.rules[affected[to]].qualification == q) {
                to++;
            }
            qualificationAdvice(q, from, to, request.intake(), counts).ifPresent(qualifications::add);
            for (int i = from; i < to; i++) {
                if (found[i] == (CompiledRule.NOT_MET | CompiledRule.HAS_LAPSED)) {
                    recordLapsed(engine.rules[affected[i]], counts, lapsed);
                }
            }
            from = to;
        }
        this.advice = new Advice(engine.catalogue().version(), asOf, request.intake(), latest, qualifications,
                lapsed.values().stream().map(LapsedBuilder::build).toList(), this);
    }

    Advice advice() {
        return advice;
    }

    /** Meaning points 3, 4 and 7 for the qualification at title position {@code q}: its affected rules from..to. */
    private Optional<QualificationAdvice> qualificationAdvice(int q, int from, int to, LocalDate intake,
                                                              boolean[] counts) {
        Qualification qualification = engine.qualifications[q];
        List<Grant> grants = new ArrayList<>();
        List<String> lapsingBeforeIntake = new ArrayList<>();
        boolean[] modules = new boolean[qualification.modules().size()];
        boolean[] certificates = new boolean[qualification.certificates().size()];
        for (int i = from; i < to; i++) {
            if (grantedOutcomes[i] == null) {
                continue;
            }
            CompiledRule rule = engine.rules[affected[i]];
            grants.add(new Grant(rule.rule, grantedOutcomes[i].counted()));
            for (int module : rule.modules) {
                modules[module] = true;
            }
            if (rule.certificate >= 0) {
                certificates[rule.certificate] = true;
            }
            if (intake != null && !rule.grantsOn(held, intake, counts)) {
                lapsingBeforeIntake.add(rule.rule.id());
            }
        }
        if (grants.isEmpty()) {
            return Optional.empty();
        }
        exemptedModules[q] = modules;
        exemptedCertificates[q] = certificates;
        List<CourseModule> exempted = new ArrayList<>();
        List<CourseModule> remaining = new ArrayList<>();
        for (int m = 0; m < modules.length; m++) {
            (modules[m] ? exempted : remaining).add(qualification.modules().get(m));
        }
        List<Certificate> whole = new ArrayList<>();
        for (int c = 0; c < certificates.length; c++) {
            if (certificates[c]) {
                whole.add(qualification.certificates().get(c));
            }
        }
        return Optional.of(new QualificationAdvice(qualification, exempted, whole, grants,
                qualification.structureComplete() ? Optional.of(remaining) : Optional.empty(), lapsingBeforeIntake));
    }

    /** Meaning point 6 for one rule in force, not met, naming held credentials that no longer count. */
    private void recordLapsed(CompiledRule rule, boolean[] counts, Map<String, LapsedBuilder> lapsed) {
        for (CountedCredential c : rule.lapsedThatWouldMeet(held, asOf, counts)) {
            lapsed.computeIfAbsent(c.credentialId(), id -> new LapsedBuilder(c.held()))
                    .add(rule.rule.id(), c.countsUntil());
        }
    }

    /** The outcome of the rule at {@code position}. */
    RuleOutcome outcome(int position) {
        int i = Arrays.binarySearch(affected, position);
        if (i < 0) {
            return engine.rules[position].outcomeWithNothingHeld(asOf);
        }
        return grantedOutcomes[i] != null ? grantedOutcomes[i]
                : engine.rules[position].outcome(held, asOf, new boolean[engine.width]);
    }

    /** The outcome of the rule with this id, if the catalogue has it. */
    Optional<RuleOutcome> outcome(String ruleId) {
        int position = engine.positionOf(ruleId);
        return position < 0 ? Optional.empty() : Optional.of(outcome(position));
    }

    /** One outcome per rule of the catalogue, in catalogue order, each worked out when read. */
    List<RuleOutcome> outcomes() {
        return new CatalogueOrder();
    }

    private final class CatalogueOrder extends AbstractList<RuleOutcome> implements RandomAccess {
        @Override
        public RuleOutcome get(int index) {
            return outcome(engine.positionOfCatalogueRule(index));
        }

        @Override
        public int size() {
            return engine.rules.length;
        }
    }

    /** Meaning point 5: every near miss, in the order of the advice. */
    List<NearMiss> nearMisses() {
        List<NearMiss> misses = new ArrayList<>();
        boolean[] counts = new boolean[engine.width];
        int next = 0;
        for (int position = 0; position < engine.rulesOfQualifications; position++) {
            boolean evaluated = next < affected.length && affected[next] == position;
            NearMiss miss = nearMiss(position, evaluated ? next++ : -1, counts);
            if (miss != null) {
                misses.add(miss);
            }
        }
        return List.copyOf(misses);
    }

    /** The near misses of the rules naming any of {@code credentialIds}, in the order of the advice. */
    List<NearMiss> nearMissesNaming(Collection<String> credentialIds) {
        List<NearMiss> misses = new ArrayList<>();
        boolean[] counts = new boolean[engine.width];
        for (int position : engine.positionsNaming(credentialIds)) {
            NearMiss miss = position < engine.rulesOfQualifications
                    ? nearMiss(position, Arrays.binarySearch(affected, position), counts) : null;
            if (miss != null) {
                misses.add(miss);
            }
        }
        return List.copyOf(misses);
    }

    /** The near miss of the rule at {@code position}, the {@code i}-th affected one (or none: negative), or null. */
    private NearMiss nearMiss(int position, int i, boolean[] counts) {
        CompiledRule rule = engine.rules[position];
        if (i < 0) {
            return rule.nearMissWhenNothingHeld != null && rule.inForceOn(asOf.toEpochDay()) && !alreadyGranted(rule)
                    ? rule.nearMissWhenNothingHeld : null;
        }
        if ((found[i] & ~CompiledRule.HAS_LAPSED) != CompiledRule.NOT_MET || alreadyGranted(rule)) {
            return null;
        }
        List<String> missing = rule.nearMissing(held, asOf, counts);
        return missing.isEmpty() ? null : new NearMiss(rule.rule, missing);
    }

    /** Whether what the rule exempts is already exempted: the module, or the certificate whole or module by module. */
    private boolean alreadyGranted(CompiledRule rule) {
        boolean[] modules = exemptedModules[rule.qualification];
        if (modules == null) {
            return false;
        }
        if (rule.wholeCertificate && rule.certificate >= 0
                && exemptedCertificates[rule.qualification][rule.certificate]) {
            return true;
        }
        if (rule.modules.length == 0) {
            return false;
        }
        for (int module : rule.modules) {
            if (!modules[module]) {
                return false;
            }
        }
        return true;
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
