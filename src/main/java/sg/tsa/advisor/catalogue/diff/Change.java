package sg.tsa.advisor.catalogue.diff;

import java.util.List;

/**
 * One difference between two catalogue editions.
 *
 * @param qualification the qualification a module or certificate belongs to; null for other kinds
 * @param fields        the fields that changed (empty when the entry was added or removed)
 * @param text          the change in words, e.g. {@code rule aws-sa-ccs: recency 4 → 3 years}
 */
public record Change(Type change, Kind kind, String id, String qualification, List<String> fields, String text) {
    public enum Type { ADDED, REMOVED, CHANGED }

    public enum Kind { ISSUER, CREDENTIAL, QUALIFICATION, MODULE, CERTIFICATE, RULE, SOURCE, CONTACT, DEFAULTS }

    public Change {
        fields = List.copyOf(fields);
    }

    /** The change as one line: {@code +} added, {@code -} removed, {@code ~} changed, then the words. */
    public String line() {
        String mark = switch (change) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
        return mark + " " + text;
    }
}
