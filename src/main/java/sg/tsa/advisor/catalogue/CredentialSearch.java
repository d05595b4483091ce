package sg.tsa.advisor.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Type-ahead over a catalogue's credentials: what a counsellor types ("ccna", "saa", "udacity", "aws") matched
 * against ids, aliases, codes, titles and issuers, each word on its own and in any order. A word with a typo
 * ("ccan", "archtect": one letter wrong, missing, extra or two swapped; two for words of eight letters or more)
 * still matches, ranked after every exact match. The index is built once per catalogue; a query is a linear scan
 * over prepared lower-case keys, fast enough for every keystroke (README, Performance). Immutable and thread-safe.
 */
public final class CredentialSearch {
    /** How a credential matched, best first; the rank orders results. */
    private enum Kind { EXACT_NAME, NAME_PREFIX, TITLE_WORD, ISSUER, ANYWHERE, TYPO }

    /**
     * A credential found, and whether only by tolerating a typo.
     *
     * @param approximate true when some word of the query matched only with a letter or two wrong
     */
    public record Match(Credential credential, boolean approximate) {
    }

    private final List<Entry> entries;
    /** Every distinct word of the names, titles and issuers: a typo is looked up here once per query word. */
    private final List<String> vocabulary;

    public CredentialSearch(Catalogue catalogue) {
        List<Entry> built = new ArrayList<>();
        for (Credential credential : catalogue.credentials()) {
            built.add(new Entry(credential, catalogue.issuerNameOf(credential)));
        }
        this.entries = List.copyOf(built);
        Set<String> words = new LinkedHashSet<>();
        for (Entry entry : built) {
            words.addAll(entry.names);
            words.addAll(List.of(entry.titleWords));
            words.addAll(List.of(entry.issuerWords));
        }
        this.vocabulary = List.copyOf(words);
    }

    /**
     * The credentials matching every word of {@code query}, best first: an exact id or alias, then an id or alias
     * starting with it, a word of the title, the issuer, and last anywhere in the text. Empty for a blank query.
     */
    public List<Credential> find(String query, int limit) {
        return search(query, limit).stream().map(Match::credential).toList();
    }

    /** As {@link #find}, saying of each credential whether it was found only by tolerating a typo. */
    public List<Match> search(String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        String whole = String.join(" ", words);
        List<Scored> hits = scan(whole, words, Map.of());
        if (hits.size() < limit) {
            // Typos are looked for only when the exact matches do not fill the list: most keystrokes stop here.
            Map<String, Set<String>> near = new HashMap<>();
            for (String word : words) {
                near.put(word, near(word));
            }
            hits = scan(whole, words, near);
        }
        hits.sort(Comparator.comparingInt(Scored::score)
                .thenComparing(s -> s.credential().title(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.credential().id()));
        return hits.stream().limit(limit)
                .map(h -> new Match(h.credential(), h.score() == Kind.TYPO.ordinal())).toList();
    }

    /**
     * The credentials that every word of {@code query} names outright: an id or alias, or a word of the title,
     * starting with it; no typos, no issuer, nothing inside a word (so "ming" does not name "AI Programming").
     * For finding what was entered under a name, where a loose match would only add noise. Empty for blank.
     */
    public List<Credential> named(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        return scan(String.join(" ", words), words, Map.of()).stream()
                .filter(s -> s.score() <= Kind.TITLE_WORD.ordinal()).map(Scored::credential).toList();
    }

    /** The known words that {@code word} could be with a typo (or as a start of them). */
    private Set<String> near(String word) {
        int allowed = Typos.allowed(word);
        Set<String> near = new HashSet<>();
        if (allowed > 0) {
            for (String known : vocabulary) {
                if (Typos.startsWithin(word, known, allowed)) {
                    near.add(known);
                }
            }
        }
        return near;
    }

    private List<Scored> scan(String whole, List<String> words, Map<String, Set<String>> near) {
        List<Scored> hits = new ArrayList<>();
        for (Entry entry : entries) {
            int score = entry.score(whole, words, near);
            if (score >= 0) {
                hits.add(new Scored(entry.credential, score));
            }
        }
        return hits;
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : normalise(text).split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Lower case, with punctuation other than '-' turned into spaces: "(CCNA)" matches "ccna". */
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(Character.isLetterOrDigit(c) || c == '-' ? c : ' ');
        }
        return out.toString().strip();
    }

    private record Scored(Credential credential, int score) {
    }

    private static final class Entry {
        private final Credential credential;
        /** The id and aliases, normalised: "ccna", "200-301", "saa-c03". */
        private final Set<String> names = new LinkedHashSet<>();
        private final String[] titleWords;
        private final String[] issuerWords;
        private final String everything;

        Entry(Credential credential, String issuerName) {
            this.credential = credential;
            names.add(normalise(credential.id()));
            credential.aliases().forEach(a -> names.add(normalise(a)));
            this.titleWords = normalise(credential.title()).split(" +");
            this.issuerWords = (normalise(issuerName) + " " + normalise(credential.issuerId())).split(" +");
            this.everything = String.join(" ", names) + " " + normalise(credential.title()) + " "
                    + normalise(issuerName) + " " + normalise(credential.issuerId());
        }

        /** The best rank of this credential for the query, or -1 when a word of it does not match. */
        /** @param near for each query word, the known words it may be a typo of; empty: no typos tolerated */
        int score(String whole, List<String> words, Map<String, Set<String>> near) {
            if (names.contains(whole)) {
                return Kind.EXACT_NAME.ordinal();
            }
            for (String name : names) {
                if (name.startsWith(whole)) {
                    return Kind.NAME_PREFIX.ordinal();
                }
            }
            int worst = Kind.EXACT_NAME.ordinal();
            for (String word : words) {
                int rank = rank(word, near.getOrDefault(word, Set.of()));
                if (rank < 0) {
                    return -1;
                }
                worst = Math.max(worst, rank);
            }
            return worst;
        }

        private int rank(String word, Set<String> near) {
            for (String name : names) {
                if (name.equals(word)) {
                    return Kind.EXACT_NAME.ordinal();
                }
                if (name.startsWith(word)) {
                    return Kind.NAME_PREFIX.ordinal();
                }
            }
            for (String t : titleWords) {
                if (t.startsWith(word)) {
                    return Kind.TITLE_WORD.ordinal();
                }
            }
            for (String i : issuerWords) {
                if (i.startsWith(word)) {
                    return Kind.ISSUER.ordinal();
                }
            }
            if (everything.contains(word)) {
                return Kind.ANYWHERE.ordinal();
            }
            if (near.isEmpty()) {
                return -1;
            }
            for (String name : names) {
                if (near.contains(name)) {
                    return Kind.TYPO.ordinal();
                }
            }
            for (String t : titleWords) {
                if (near.contains(t)) {
                    return Kind.TYPO.ordinal();
                }
            }
            for (String i : issuerWords) {
                if (near.contains(i)) {
                    return Kind.TYPO.ordinal();
                }
            }
            return -1;
        }
    }
}
