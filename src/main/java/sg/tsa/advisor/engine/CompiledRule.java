package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One rule as the engine keeps it after compiling the catalogue: the credentials it names numbered 0..k-1 in the
 * order written, its requirement as a flat code over those numbers, its recency window, and what it exempts as
 * positions within its qualification. Evaluating it takes the learner's {@link Holding} and a scratch array of at
 * least {@link #width()} flags; it allocates only its answer.
 * <p>
 * The code is a pre-order walk of the requirement: a leaf is its credential's number (≥ 0); a group is two ints,
 * {@code -(2 × parts + (allOf ? 1 : 0)) - 1} and the position just after its last part, then its parts.
 */
final class CompiledRule {
    final Rule rule;
    /** Position of the rule in the catalogue's list of rules. */
    final int catalogueIndex;
    /** The qualification's position in title order, or -1 when the catalogue has no such qualification. */
    final int qualification;
    /** The engine's number of each credential named, or -1 for one the catalogue does not list. */
    final int[] credentials;
    final List<String> credentialIds;
    final Integer recencyYears;
    /** True when the rule exempts a certificate whole. */
    final boolean wholeCertificate;
    /** The certificate's position within the qualification, or -1 (a module rule, or an unknown certificate). */
    final int certificate;
    /** Positions within the qualification of the modules exempted; empty when unknown. */
    final int[] modules;
    /** Its near miss when the learner holds none of its credentials and it is in force, or null when none. */
    final NearMiss nearMissWhenNothingHeld;
    private final int[] code;
    /** The recency window in years, 0 when there is none. */
    private final int years;
    /** The first and last day in force, as epoch days; open bounds as the extreme values. */
    private final long firstDay;
    private final long lastDay;

    CompiledRule(Rule rule, int catalogueIndex, int qualification, Map<String, Integer> credentialNumbers,
                 Integer recencyYears, boolean wholeCertificate, int certificate, int[] modules) {
        this.rule = rule;
        this.catalogueIndex = catalogueIndex;
        this.qualification = qualification;
        List<String> names = new ArrayList<>(4);
        this.code = new int[size(rule.requires(), names)];
        this.credentialIds = List.copyOf(names);
        this.credentials = new int[credentialIds.size()];
        for (int i = 0; i < credentials.length; i++) {
            credentials[i] = credentialNumbers.getOrDefault(credentialIds.get(i), -1);
        }
        this.recencyYears = recencyYears;
        this.years = recencyYears == null ? 0 : recencyYears;
        this.firstDay = rule.effectiveFrom() == null ? Long.MIN_VALUE : rule.effectiveFrom().toEpochDay();
        this.lastDay = rule.effectiveUntil() == null ? Long.MAX_VALUE : rule.effectiveUntil().toEpochDay();
        this.wholeCertificate = wholeCertificate;
        this.certificate = certificate;
        this.modules = modules;
        compile(rule.requires(), 0);
        List<String> alone = missing(new boolean[width()]);
        this.nearMissWhenNothingHeld = alone.isEmpty() ? null : new NearMiss(rule, alone);
    }

    private static List<Requirement> parts(Requirement group) {
        return group instanceof Requirement.AllOf all ? all.parts() : ((Requirement.AnyOf) group).parts();
    }

    /** The length of the requirement's code; collects the credential ids it names, each once, in written order. */
    private static int size(Requirement requirement, List<String> names) {
        if (requirement instanceof Requirement.Holds holds) {
            if (!names.contains(holds.credentialId())) {
                names.add(holds.credentialId());
            }
            return 1;
        }
        int size = 2;
        for (Requirement part : parts(requirement)) {
            size += size(part, names);
        }
        return size;
    }

    /** Writes the requirement's code from {@code at}; returns the position after it. */
    private int compile(Requirement requirement, int at) {
        if (requirement instanceof Requirement.Holds holds) {
            code[at] = credentialIds.indexOf(holds.credentialId());
            return at + 1;
        }
        List<Requirement> parts = parts(requirement);
        code[at] = -(2 * parts.size() + (requirement instanceof Requirement.AllOf ? 1 : 0)) - 1;
        int end = at + 2;
        for (Requirement part : parts) {
            end = compile(part, end);
        }
        code[at + 1] = end;
        return end;
    }

    /** How many scratch flags an evaluation needs. */
    int width() {
        return credentials.length;
    }

    /** What {@link #evaluate} found: granted. */
    static final int GRANTED = 0;
    /** What {@link #evaluate} found: in force, not met. */
    static final int NOT_MET = 1;
    /** What {@link #evaluate} found: not in force. */
    static final int NOT_IN_FORCE = 2;
    /** Added to what {@link #evaluate} found when a held credential named does not count. */
    static final int HAS_LAPSED = 4;

    /**
     * Meaning points 1-3 on {@code date} without building the outcome: {@link #GRANTED}, {@link #NOT_MET} or
     * {@link #NOT_IN_FORCE}, plus {@link #HAS_LAPSED} when a held credential it names does not count.
     */
    int evaluate(Holding held, LocalDate date, boolean[] counts) {
        long day = date.toEpochDay();
        int lapsed = 0;
        for (int i = 0; i < credentials.length; i++) {
            boolean isHeld = held.at(credentials[i]) != null;
            counts[i] = isHeld && held.counts(credentials[i], years, day);
            lapsed |= isHeld && !counts[i] ? HAS_LAPSED : 0;
        }
        if (!inForceOn(day)) {
            return NOT_IN_FORCE | lapsed;
        }
        return (isMet(0, counts) ? GRANTED : NOT_MET) | lapsed;
    }

    /** Meaning point 2, on an epoch day. */
    boolean inForceOn(long day) {
        return firstDay <= day && day <= lastDay;
    }

    /**
     * Meaning points 1-3 on {@code date}, with the credentials that count (for a granted rule: those that met it),
     * those that have lapsed, and those missing.
     */
    RuleOutcome outcome(Holding held, LocalDate date, boolean[] counts) {
        return outcome(held, evaluate(held, date, counts), counts);
    }

    /** The outcome, given what {@link #evaluate} just found with these {@code counts}. */
    RuleOutcome outcome(Holding held, int found, boolean[] counts) {
        int evaluated = found & ~HAS_LAPSED;
        boolean[] met = null;
        if (evaluated == GRANTED) {
            met = new boolean[credentials.length];
            collectMet(0, counts, met);
        }
        List<CountedCredential> counting = new ArrayList<>(2);
        List<CountedCredential> lapsed = List.of();
        List<String> missing = new ArrayList<>(credentials.length);
        for (int i = 0; i < credentials.length; i++) {
            HeldCredential h = held.at(credentials[i]);
            if (h == null) {
                missing.add(credentialIds.get(i));
            } else if (!counts[i]) {
                lapsed = lapsed.isEmpty() ? new ArrayList<>(2) : lapsed;
                lapsed.add(new CountedCredential(h, h.countsUntil(recencyYears)));
            } else if (met == null || met[i]) {
                counting.add(new CountedCredential(h, h.countsUntil(recencyYears)));
            }
        }
        RuleOutcome.Status status = evaluated == GRANTED ? RuleOutcome.Status.GRANTED
                : evaluated == NOT_MET ? RuleOutcome.Status.NOT_MET : RuleOutcome.Status.NOT_IN_FORCE;
        return new RuleOutcome(rule, status, counting, lapsed, missing);
    }

    /** The outcome of a rule none of whose credentials is held: nothing counts, every credential is missing. */
    RuleOutcome outcomeWithNothingHeld(LocalDate date) {
        return new RuleOutcome(rule, inForceOn(date.toEpochDay()) ? RuleOutcome.Status.NOT_MET
                : RuleOutcome.Status.NOT_IN_FORCE, List.of(), List.of(), credentialIds);
    }

    /** Whether the rule would grant on {@code date} (meaning point 7 asks it of the intake date). */
    boolean grantsOn(Holding held, LocalDate date, boolean[] counts) {
        return (evaluate(held, date, counts) & ~HAS_LAPSED) == GRANTED;
    }

    /**
     * Meaning point 5 for a rule in force and not met: the credentials any one of which would meet it, in the order
     * written. A held credential that no longer counts on {@code date} is treated as missing.
     */
    List<String> nearMissing(Holding held, LocalDate date, boolean[] counts) {
        evaluate(held, date, counts);
        return missing(counts);
    }

    private List<String> missing(boolean[] counts) {
        List<String> missing = new ArrayList<>(1);
        for (int i = 0; i < credentials.length; i++) {
            if (!counts[i]) {
                counts[i] = true;
                if (isMet(0, counts)) {
                    missing.add(credentialIds.get(i));
                }
                counts[i] = false;
            }
        }
        return missing;
    }

    /**
     * Meaning point 6 for a rule in force and not met: those of its held credentials that do not count on
     * {@code date} but would meet it (among the credentials meeting it) if every held credential counted.
     */
    List<CountedCredential> lapsedThatWouldMeet(Holding held, LocalDate date, boolean[] counts) {
        for (int i = 0; i < credentials.length; i++) {
            counts[i] = held.at(credentials[i]) != null;
        }
        if (!isMet(0, counts)) {
            return List.of();
        }
        boolean[] met = new boolean[credentials.length];
        collectMet(0, counts, met);
        List<CountedCredential> lapsed = new ArrayList<>(1);
        for (int i = 0; i < credentials.length; i++) {
            HeldCredential h = held.at(credentials[i]);
            if (met[i] && !h.countsOn(date, recencyYears)) {
                lapsed.add(new CountedCredential(h, h.countsUntil(recencyYears)));
            }
        }
        return lapsed;
    }

    private boolean isMet(int at, boolean[] counts) {
        int node = code[at];
        if (node >= 0) {
            return counts[node];
        }
        boolean all = ((-node - 1) & 1) == 1;
        int end = code[at + 1];
        for (int part = at + 2; part < end; part = next(part)) {
            if (isMet(part, counts) != all) {
                return !all;
            }
        }
        return all;
    }

    /** Meaning of "met by": the one credential; for allOf every part's; for anyOf every met part's. */
    private void collectMet(int at, boolean[] counts, boolean[] into) {
        int node = code[at];
        if (node >= 0) {
            into[node] = true;
            return;
        }
        boolean all = ((-node - 1) & 1) == 1;
        int end = code[at + 1];
        for (int part = at + 2; part < end; part = next(part)) {
            if (all || isMet(part, counts)) {
                collectMet(part, counts, into);
            }
        }
    }

    private int next(int at) {
        return code[at] >= 0 ? at + 1 : code[at + 1];
    }
}
