package sg.tsa.advisor.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.HeldCredential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small random catalogues for properties, built through {@link CatalogueBuilder} (so every one is read and
 * validated like a real file): six credentials, two qualifications with four modules and two certificates, and
 * up to seven rules with nested requirements, recency windows and effective dates. Optional fields are filled at
 * random so that writing and reading them back is exercised too. Everything follows the {@link Random} given, so
 * a seed names one case for good.
 */
public final class RandomCatalogues {
    public static final List<String> CREDENTIALS = List.of("c0", "c1", "c2", "c3", "c4", "c5");
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);
    private static final List<String> MODULES = List.of("m0", "m1", "m2", "m3");
    /** Characters free text is drawn from: plain, punctuation JSON must escape, accents, CJK, an emoji's halves. */
    private static final String TEXT_CHARACTERS = "abcXYZ019 -_.,'\"\\/\t\né網\u00a0\ud83c\udf93";

    private RandomCatalogues() {
    }

    private record RuleSpec(String qualification, boolean certificate, int target, JsonElement requires,
                            Integer recencyYears, LocalDate from, LocalDate until) {
    }

    private record Extras(Double hours, String note, String alias, Double credits, boolean contact) {
    }

    public static Catalogue catalogue(Random random) {
        Integer defaultRecency = orNull(random, 0.4, 1 + random.nextInt(6));
        boolean complete = random.nextBoolean();
        boolean knownCertificateModules = random.nextBoolean();
        List<RuleSpec> rules = new ArrayList<>();
        for (int i = 1 + random.nextInt(7); i > 0; i--) {
            rules.add(rule(random));
        }
        List<Extras> extras = new ArrayList<>();
        for (int i = 0; i < CREDENTIALS.size(); i++) {
            extras.add(extras(random));
        }
        return build(defaultRecency, complete, knownCertificateModules, rules, extras);
    }

    /** What a learner holds: up to seven attainments (the same credential may recur), none after {@link #AS_OF}. */
    public static List<HeldCredential> heldSet(Random random) {
        List<HeldCredential> held = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            held.add(held(random));
        }
        return held;
    }

    /** Mostly recent attainments, so that most of them count; some old enough to have lapsed. */
    public static HeldCredential held(Random random) {
        String credential = CREDENTIALS.get(random.nextInt(CREDENTIALS.size()));
        LocalDate attained = random.nextInt(4) < 3 ? date(random, AS_OF.minusYears(3), AS_OF)
                : date(random, EARLIEST, AS_OF);
        return new HeldCredential(credential, attained);
    }

    /** A requirement up to {@code depth} groups deep: leaves three times in five, allOf or anyOf of 1-3 parts. */
    public static JsonElement requirement(Random random, int depth) {
        if (depth == 0 || random.nextInt(5) < 3) {
            return new JsonPrimitive(CREDENTIALS.get(random.nextInt(CREDENTIALS.size())));
        }
        Object[] parts = new Object[1 + random.nextInt(3)];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = requirement(random, depth - 1);
        }
        return random.nextBoolean() ? CatalogueBuilder.allOf(parts) : CatalogueBuilder.anyOf(parts);
    }

    private static RuleSpec rule(Random random) {
        String qualification = random.nextBoolean() ? "q0" : "q1";
        boolean certificate = random.nextBoolean();
        int target = random.nextInt(4);
        JsonElement requires = requirement(random, 3);
        Integer recency = orNull(random, 0.5, 1 + random.nextInt(6));
        LocalDate from = orNull(random, 0.6, date(random, LocalDate.of(2020, 1, 1), LocalDate.of(2028, 1, 1)));
        Integer days = orNull(random, 0.5, random.nextInt(2001));
        return new RuleSpec(qualification, certificate && target < 2, target, requires, recency, from,
                days == null ? null : (from == null ? LocalDate.of(2026, 1, 1) : from).plusDays(days));
    }

    private static Extras extras(Random random) {
        Double hours = orNull(random, 0.5, Math.round(random.nextDouble() * 3000) / 10.0);
        String note = orNull(random, 0.5, text(random, random.nextInt(13)));
        String alias = orNull(random, 0.5, letters(random, 1 + random.nextInt(6)));
        Double credits = orNull(random, 0.5, Math.round(random.nextDouble() * 2000) / 100.0);
        return new Extras(hours, note, alias, credits, random.nextBoolean());
    }

    private static <T> T orNull(Random random, double nullChance, T value) {
        return random.nextDouble() < nullChance ? null : value;
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int at = random.nextInt(TEXT_CHARACTERS.length());
            char c = TEXT_CHARACTERS.charAt(at);
            if (Character.isHighSurrogate(c)) {
                text.append(c).append(TEXT_CHARACTERS.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** A code is one line of plain text: the note's text without its line breaks and tabs. */
    private static String oneLine(String text) {
        return text == null ? null : text.replace('\n', ' ').replace('\t', ' ');
    }

    private static String letters(Random random, int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char base = random.nextBoolean() ? 'a' : 'A';
            letters.append((char) (base + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static LocalDate date(Random random, LocalDate first, LocalDate last) {
        return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
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
                .set("$.qualifications[1].code", oneLine(extras.get(2).note()));
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
