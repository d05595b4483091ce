package sg.tsa.advisor.catalogue.format;

import sg.tsa.advisor.catalogue.Ids;
import sg.tsa.advisor.catalogue.IsoDates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The small checks of a catalogue's values, each adding its problem (with the value's JSON path) to one list and
 * returning null when the value cannot be used, so that validation goes on and every problem is reported.
 */
final class Checks {
    /** The largest {@code recencyYears}; see docs/catalogue-format.md. */
    static final int MAX_RECENCY_YEARS = 100;

    private final List<CatalogueProblem> problems;

    Checks(List<CatalogueProblem> problems) {
        this.problems = problems;
    }

    /** A fresh scope of ids (one list, or one qualification's modules or certificates). */
    IdSet ids() {
        return new IdSet();
    }

    boolean present(Object value, String path) {
        if (value == null) {
            problems.add(new CatalogueProblem(path, "missing (required)"));
            return false;
        }
        return true;
    }

    String text(String value, String path) {
        if (!present(value, path)) {
            return null;
        }
        if (value.isBlank()) {
            problems.add(new CatalogueProblem(path, "must not be blank"));
            return null;
        }
        return value;
    }

    LocalDate date(String value, String path, boolean required) {
        if (value == null) {
            if (required) {
                present(null, path);
            }
            return null;
        }
        return IsoDates.parse(value).orElseGet(() -> {
            problems.add(new CatalogueProblem(path, Quoted.of(value) + " is not a date written as YYYY-MM-DD"));
            return null;
        });
    }

    /** A recency limit: a credential counts at most a century; a larger value would only overflow dates. */
    Integer recency(Integer value, String path) {
        if (value != null && (value < 1 || value > MAX_RECENCY_YEARS)) {
            problems.add(new CatalogueProblem(path, "must be a whole number of years from 1 to " + MAX_RECENCY_YEARS
                    + ", found " + value));
            return null;
        }
        return value;
    }

    Double nonNegative(Double value, String path) {
        if (value != null && (value < 0 || value.isNaN())) {
            problems.add(new CatalogueProblem(path, "must not be negative, found " + value));
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        if (!present(value, path)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new CatalogueProblem(path, "unknown value " + Quoted.of(value) + "; expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    String reference(String id, String path, Set<String> known, String what) {
        if (!present(id, path)) {
            return null;
        }
        if (!known.contains(id)) {
            problems.add(new CatalogueProblem(path, "unknown " + what + " " + Quoted.of(id)));
            return null;
        }
        return id;
    }

    /** Ids of one kind within one scope: checks the form of each and reports duplicates. */
    final class IdSet {
        private final Set<String> seen = new HashSet<>();

        String add(String id, String elementPath) {
            String path = elementPath + ".id";
            if (!present(id, path)) {
                return null;
            }
            if (!Ids.isValid(id)) {
                problems.add(new CatalogueProblem(path, Quoted.of(id)
                        + " is not a valid id: use letters, digits, '-', '_' and '.'"));
                return null;
            }
            if (!seen.add(id)) {
                problems.add(new CatalogueProblem(path, "duplicate id " + Quoted.of(id)));
                return null;
            }
            return id;
        }
    }
}
