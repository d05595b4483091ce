package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a catalogue's rules to a learner's credentials: the "Meaning" section of the catalogue format, point by
 * point. Immutable after construction; safe to share between threads.
 * <p>
 * The catalogue is compiled once, here: each rule into a {@link CompiledRule}, the rules numbered in the order the
 * advice lists them (qualifications by title, then the catalogue's order), and an index from each credential to
 * the rules that name it. A rule naming no held credential can be neither granted nor the source of a lapsed
 * credential, so {@link #advise} evaluates only the rules naming a held credential and builds only the
 * qualifications those rules grant: its work follows the learner's credentials, not the catalogue's size.
 * What the advice says about the other rules is worked out when asked: {@link Advice#outcome} for one rule,
 * {@link Advice#outcomes} for all of them, {@link Advice#nearMisses} for the complete list of near misses (which the
 * JSON report needs), {@link Advice#nearMissesNaming} for the near misses of rules naming given credentials (what
 * people are shown).
 */
public final class ExemptionEngine {
    private final Catalogue catalogue;
    /** Every rule, in the order the advice lists them; rules of an unknown qualification last. */
    final CompiledRule[] rules;
    /** How many of {@link #rules} belong to a qualification of the catalogue. */
    final int rulesOfQualifications;
    /** The qualifications by title (then id). */
    final Qualification[] qualifications;
    /** The most flags a rule's evaluation needs. */
    final int width;
    /** The longest recency window of any rule, in years (0 when none has one). */
    private final int longestWindow;
    private final int[] positionOfCatalogueRule;
    private final Map<String, Integer> credentialNumbers;
    private final Map<String, Integer> positionOfRule;
    private final int[][] rulesNaming;

    public ExemptionEngine(Catalogue catalogue) {
        this.catalogue = catalogue;
        credentialNumbers = new HashMap<>(2 * catalogue.credentials().size());
        positionOfRule = new HashMap<>(2 * catalogue.rules().size());
        for (int i = 0; i < catalogue.credentials().size(); i++) {
            credentialNumbers.put(catalogue.credentials().get(i).id(), i);
        }
        qualifications = catalogue.qualifications().stream()
                .sorted(Comparator.comparing(Qualification::title).thenComparing(Qualification::id))
                .toArray(Qualification[]::new);
        Map<String, Integer> rank = new HashMap<>();
        Map<String, List<Integer>> rulesOf = new LinkedHashMap<>();
        for (int q = 0; q < qualifications.length; q++) {
            rank.put(qualifications[q].id(), q);
            rulesOf.put(qualifications[q].id(), new ArrayList<>());
        }
        List<Integer> orphans = new ArrayList<>();
        List<Rule> catalogueRules = catalogue.rules();
        for (int i = 0; i < catalogueRules.size(); i++) {
            rulesOf.getOrDefault(catalogueRules.get(i).qualificationId(), orphans).add(i);
        }
        List<Integer> order = new ArrayList<>();
        rulesOf.values().forEach(order::addAll);
        rulesOfQualifications = order.size();
        order.addAll(orphans);

        rules = new CompiledRule[order.size()];
        positionOfCatalogueRule = new int[order.size()];
        Positions[] positions = new Positions[qualifications.length];
        for (int q = 0; q < qualifications.length; q++) {
            positions[q] = new Positions(qualifications[q]);
        }
        int widest = 0;
        int longest = 0;
        for (int position = 0; position < rules.length; position++) {
            int index = order.get(position);
            Rule rule = catalogueRules.get(index);
            int q = rank.getOrDefault(rule.qualificationId(), -1);
            rules[position] = compile(rule, index, q, q < 0 ? null : positions[q]);
            positionOfCatalogueRule[index] = position;
            positionOfRule.putIfAbsent(rule.id(), position);
            widest = Math.max(widest, rules[position].width());
            Integer years = catalogue.recencyYearsOf(rule);
            longest = Math.max(longest, years == null ? 0 : years);
        }
        width = widest;
        longestWindow = longest;
        rulesNaming = index(rules, catalogue.credentials().size());
    }

    private CompiledRule compile(Rule rule, int index, int q, Positions positions) {
        Exemption exempts = rule.exempts();
        boolean whole = exempts instanceof Exemption.OfCertificate;
        int certificate = -1;
        int[] modules = new int[0];
        if (positions != null) {
            certificate = whole ? positions.certificates.getOrDefault(exempts.targetId(), -1) : -1;
            modules = whole ? (certificate < 0 ? modules : positions.modulesOfCertificate[certificate])
                    : positions.modules.containsKey(exempts.targetId())
                    ? new int[] {positions.modules.get(exempts.targetId())} : modules;
        }
        return new CompiledRule(rule, index, q, credentialNumbers, catalogue.recencyYearsOf(rule), whole,
                certificate, modules);
    }

    /** Where a qualification's modules and certificates are in its lists, and each certificate's modules. */
    private static final class Positions {
        final Map<String, Integer> modules = new HashMap<>();
        final Map<String, Integer> certificates = new HashMap<>();
        final int[][] modulesOfCertificate;

        Positions(Qualification qualification) {
            for (int m = 0; m < qualification.modules().size(); m++) {
                modules.putIfAbsent(qualification.modules().get(m).id(), m);
            }
            List<Certificate> all = qualification.certificates();
            modulesOfCertificate = new int[all.size()][];
            for (int c = 0; c < all.size(); c++) {
                certificates.putIfAbsent(all.get(c).id(), c);
                modulesOfCertificate[c] = all.get(c).moduleIds().stream().filter(modules::containsKey)
                        .mapToInt(modules::get).toArray();
            }
        }
    }

    /** For each credential number, the positions of the rules naming it, ascending. */
    private static int[][] index(CompiledRule[] rules, int credentialCount) {
        int[] counts = new int[credentialCount];
        for (CompiledRule rule : rules) {
            for (int credential : rule.credentials) {
                if (credential >= 0) {
                    counts[credential]++;
                }
            }
        }
        int[][] naming = new int[credentialCount][];
        for (int c = 0; c < credentialCount; c++) {
            naming[c] = new int[counts[c]];
        }
        int[] filled = new int[credentialCount];
        for (int position = 0; position < rules.length; position++) {
            for (int credential : rules[position].credentials) {
                if (credential >= 0) {
                    naming[credential][filled[credential]++] = position;
                }
            }
        }
        return naming;
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
        Map<String, HeldCredential> latest = latestAttainments(request.held());
        HeldCredential[] held = new HeldCredential[catalogue.credentials().size()];
        latest.values().forEach(h -> held[credentialNumbers.get(h.credentialId())] = h);
        return new Evaluation(this, request, List.copyOf(latest.values()), new Holding(held, longestWindow),
                positionsNaming(latest.keySet())).advice();
    }

    /** A credential entered twice (renewed, say) counts from its latest attainment. */
    private Map<String, HeldCredential> latestAttainments(List<HeldCredential> held) {
        Map<String, HeldCredential> latest = new LinkedHashMap<>();
        for (HeldCredential h : held) {
            if (!credentialNumbers.containsKey(h.credentialId())) {
                throw new InvalidAdviceRequestException("unknown credential \"" + h.credentialId() + "\"");
            }
            latest.merge(h.credentialId(), h, (a, b) -> a.attainedOn().isAfter(b.attainedOn()) ? a : b);
        }
        return latest;
    }

    /** The positions of the rules naming any of {@code credentialIds} (unknown ones name none), ascending. */
    int[] positionsNaming(Collection<String> credentialIds) {
        int total = 0;
        for (String id : credentialIds) {
            Integer number = credentialNumbers.get(id);
            total += number == null ? 0 : rulesNaming[number].length;
        }
        int[] positions = new int[total];
        int filled = 0;
        for (String id : credentialIds) {
            Integer number = credentialNumbers.get(id);
            if (number != null) {
                System.arraycopy(rulesNaming[number], 0, positions, filled, rulesNaming[number].length);
                filled += rulesNaming[number].length;
            }
        }
        Arrays.sort(positions);
        int distinct = 0;
        for (int i = 0; i < positions.length; i++) {
            if (i == 0 || positions[i] != positions[i - 1]) {
                positions[distinct++] = positions[i];
            }
        }
        return distinct == positions.length ? positions : Arrays.copyOf(positions, distinct);
    }

    /** The position of the rule with this id, or -1. */
    int positionOf(String ruleId) {
        return positionOfRule.getOrDefault(ruleId, -1);
    }

    /** The position of the catalogue's {@code index}-th rule. */
    int positionOfCatalogueRule(int index) {
        return positionOfCatalogueRule[index];
    }
}
