package sg.tsa.advisor.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.HeldCredential;

import java.time.LocalDate;
import java.util.List;

/**
 * Small random catalogues for properties, built through {@link CatalogueBuilder} (so every one is read and
 * validated like a real file): six credentials, two qualifications with four modules and two certificates, and
 * up to seven rules with nested requirements, recency windows and effective dates. Optional fields are filled at
 * random so that writing and reading them back is exercised too.
 */
public final class RandomCatalogues {
    public static final List<String> CREDENTIALS = List.of("c0", "c1", "c2", "c3", "c4", "c5");
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);
    private static final List<String> MODULES = List.of("m0", "m1", "m2", "m3");

    private RandomCatalogues() {
    }

    private record RuleSpec(String qualification, boolean certificate, int target, JsonElement requires,
                            Integer recencyYears, LocalDate from, LocalDate until) {
    }

    private record Extras(Double hours, String note, String alias, Double credits, boolean contact) {
    }

    public static Arbitrary<Catalogue> catalogues() {
        Arbitrary<Integer> defaultRecency = Arbitraries.integers().between(1, 6).injectNull(0.4);
        Arbitrary<Boolean> complete = Arbitraries.of(true, false);
        Arbitrary<Boolean> knownCertificateModules = Arbitraries.of(true, false);
        Arbitrary<List<RuleSpec>> rules = rules().list().ofMinSize(1).ofMaxSize(7);
        Arbitrary<List<Extras>> extras = extras().list().ofSize(CREDENTIALS.size());
        return Combinators.combine(defaultRecency, complete, knownCertificateModules, rules, extras)
                .as(RandomCatalogues::build);
    }

    /** What a learner holds: up to six attainments (the same credential may recur), none after {@link #AS_OF}. */
    public static Arbitrary<List<HeldCredential>> heldSets() {
        return held().list().ofMaxSize(7);
    }

    /** Mostly recent attainments, so that most of them count; some old enough to have lapsed. */
    public static Arbitrary<HeldCredential> held() {
        Arbitrary<LocalDate> attained = Arbitraries.frequencyOf(Tuple.of(3, dates(AS_OF.minusYears(3), AS_OF)),
                Tuple.of(1, dates(EARLIEST, AS_OF)));
        return Combinators.combine(Arbitraries.of(CREDENTIALS), attained).as(HeldCredential::new);
    }

    public static Arbitrary<JsonElement> requirements(int depth) {
        Arbitrary<JsonElement> leaf = Arbitraries.of(CREDENTIALS).map(JsonPrimitive::new);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonElement> group = Combinators.combine(Arbitraries.of(true, false),
                        requirements(depth - 1).list().ofMinSize(1).ofMaxSize(3))
                .as((all, parts) -> all ? CatalogueBuilder.allOf(parts.toArray())
                        : CatalogueBuilder.anyOf(parts.toArray()));
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(2, group));
    }

    private static Arbitrary<RuleSpec> rules() {
        Arbitrary<LocalDate> from = dates(LocalDate.of(2020, 1, 1), LocalDate.of(2028, 1, 1)).injectNull(0.6);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 2000).injectNull(0.5);
        return Combinators.combine(Arbitraries.of("q0", "q1"), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 3), requirements(3),
                        Arbitraries.integers().between(1, 6).injectNull(0.5), from, length)
                .as((qualification, certificate, target, requires, recency, start, days) -> new RuleSpec(
                        qualification, certificate && target < 2, target, requires, recency, start,
                        days == null ? null : (start == null ? LocalDate.of(2026, 1, 1) : start).plusDays(days)));
    }

    private static Arbitrary<Extras> extras() {
        return Combinators.combine(Arbitraries.doubles().between(0, 300).ofScale(1).injectNull(0.5),
                Arbitraries.strings().ofMaxLength(12).injectNull(0.5),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).injectNull(0.5),
                Arbitraries.doubles().between(0, 20).ofScale(2).injectNull(0.5),
                Arbitraries.of(true, false)).as(Extras::new);
    }

    private static Arbitrary<LocalDate> dates(LocalDate first, LocalDate last) {
        return Arbitraries.longs().between(0, last.toEpochDay() - first.toEpochDay()).map(first::plusDays);
    }

    private static Catalogue build(Integer defaultRecency, boolean complete, boolean knownCertificateModules,
                                   List<RuleSpec> rules, List<Extras> extras) {
        CatalogueBuilder builder = CatalogueBuilder.catalogue().defaultRecency(defaultRecency);
        for (int i = 0; i < CREDENTIALS.size(); i++) {
            Extras extra = extras.get(i);
            if (extra.alias() == null) {
                builder.credential(CREDENTIALS.get(i));
            } else {
                builder.credential(CREDENTIALS.get(i), "alias-" + i + extra.alias());
            }
            builder.set("$.credentials[" + i + "].hours", extra.hours())
                    .set("$.credentials[" + i + "].description", extra.note());
        }
        // Titles sort the other way round from ids, so that ordering by title is exercised.
        builder.qualification("q0", "Zoology", complete, MODULES.toArray(String[]::new))
                .qualification("q1", "Aquaculture", !complete, MODULES.toArray(String[]::new))
                .set("$.qualifications[0].modules[1].hours", extras.get(0).hours())
                .set("$.qualifications[1].modules[2].credits", extras.get(1).credits())
                .set("$.qualifications[1].code", extras.get(2).note());
        for (String qualification : List.of("q0", "q1")) {
            boolean listModules = knownCertificateModules || qualification.equals(complete ? "q0" : "q1");
            builder.certificate(qualification, "k0", listModules ? new String[] {"m0", "m1"} : new String[0]);
            builder.certificate(qualification, "k1", listModules ? new String[] {"m2"} : new String[0]);
        }
        if (extras.get(3).contact()) {
            builder.setJson("$.contact", "{\"name\": \"Academy\", \"phone\": \"6788 1212\"}");
        }
        for (int i = 0; i < rules.size(); i++) {
            RuleSpec rule = rules.get(i);
            String id = "r" + i;
            if (rule.certificate()) {
                builder.certificateRule(id, rule.qualification(), "k" + rule.target(), rule.requires());
            } else {
                builder.moduleRule(id, rule.qualification(), MODULES.get(rule.target()), rule.requires());
            }
            if (rule.recencyYears() != null) {
                builder.ruleField(id, "recencyYears", rule.recencyYears());
            }
            if (rule.from() != null) {
                builder.ruleField(id, "effectiveFrom", rule.from().toString());
            }
            if (rule.until() != null) {
                builder.ruleField(id, "effectiveUntil", rule.until().toString());
            }
            if (extras.get(i % extras.size()).note() != null) {
                builder.ruleField(id, "note", extras.get(i % extras.size()).note());
            }
        }
        return builder.build();
    }
}
