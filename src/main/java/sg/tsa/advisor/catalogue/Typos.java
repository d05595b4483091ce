package sg.tsa.advisor.catalogue;

/**
 * How far a typed word is from the start of a known one, counting a letter wrong, missing, extra, or two
 * neighbours swapped as one edit each (optimal string alignment distance, measured against the known word's
 * prefixes so that a word still being typed matches too).
 */
final class Typos {
    private Typos() {
    }

    /** Edits tolerated in a typed word: none under four letters, one up to seven, two from eight. */
    static int allowed(String word) {
        return word.length() < 4 ? 0 : word.length() < 8 ? 1 : 2;
    }

    /** True when {@code typed} is within {@code allowed} edits of {@code known} or of a prefix of it. */
    static boolean startsWithin(String typed, String known, int allowed) {
        int n = typed.length();
        int m = Math.min(known.length(), n + allowed);
        if (m < n - allowed) {
            return false;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowBest = current[0];
            char a = typed.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char b = known.charAt(j - 1);
                int cost = a == b ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a == known.charAt(j - 2) && typed.charAt(i - 2) == b) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowBest = Math.min(rowBest, value);
            }
            if (rowBest > allowed) {
                return false;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        for (int j = Math.max(0, n - allowed); j <= m; j++) {
            if (previous[j] <= allowed) {
                return true;
            }
        }
        return false;
    }
}
