package sg.tsa.advisor.storage.catalogue;

import sg.tsa.advisor.catalogue.Requirement;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A requirement tree as the compact text kept in {@code rule.requires_code} (migration V5, decision record 0040):
 * the nodes in pre-order, separated by one space; a credential is its position in the edition, allOf / anyOf is
 * {@code a} / {@code o} followed by its number of parts. {@code allOf(c17, anyOf(c4, c9))} is {@code a2 17 o2 4 9}.
 * The {@code requirement} table holds the same tree row by row and stays the record; this is what a load reads.
 */
final class RequirementCode {
    private RequirementCode() {
    }

    /** The code of {@code requirement}, or null when it names a credential that has no position. */
    static String encode(Requirement requirement, Map<String, Integer> credentialPositions) {
        StringBuilder code = new StringBuilder(32);
        return append(requirement, credentialPositions, code) ? code.toString() : null;
    }

    private static boolean append(Requirement requirement, Map<String, Integer> positions, StringBuilder code) {
        if (!code.isEmpty()) {
            code.append(' ');
        }
        List<Requirement> parts;
        if (requirement instanceof Requirement.Holds holds) {
            Integer position = positions.get(holds.credentialId());
            if (position == null) {
                return false;
            }
            code.append(position.intValue());
            return true;
        } else if (requirement instanceof Requirement.AllOf all) {
            code.append('a');
            parts = all.parts();
        } else {
            code.append('o');
            parts = ((Requirement.AnyOf) requirement).parts();
        }
        code.append(parts.size());
        for (Requirement part : parts) {
            if (!append(part, positions, code)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tree a code stands for. {@code leaves} holds one shared leaf per credential position (leaves are
     * immutable values, so every rule naming a credential can share one).
     *
     * @throws IllegalArgumentException when the code is not well formed or names a position out of range
     */
    static Requirement decode(String code, Requirement.Holds[] leaves) {
        if (code == null) {
            throw new IllegalArgumentException("no requirement code");
        }
        Decoder decoder = new Decoder(code, leaves);
        Requirement tree = decoder.node();
        if (decoder.cursor != code.length()) {
            throw new IllegalArgumentException("unexpected text at " + decoder.cursor + " of \"" + code + "\"");
        }
        return tree;
    }

    /** Recursive descent over the code; no regular expressions, no substrings. */
    private static final class Decoder {
        private final String code;
        private final Requirement.Holds[] leaves;
        private int cursor;

        Decoder(String code, Requirement.Holds[] leaves) {
            this.code = code;
            this.leaves = leaves;
        }

        Requirement node() {
            if (cursor > 0) {
                expect(' ');
            }
            if (cursor >= code.length()) {
                throw new IllegalArgumentException("\"" + code + "\" ends early");
            }
            char first = code.charAt(cursor);
            if (first == 'a' || first == 'o') {
                cursor++;
                int count = number();
                if (count < 1) {
                    throw new IllegalArgumentException("a group without parts in \"" + code + "\"");
                }
                Requirement[] parts = new Requirement[count];
                for (int i = 0; i < count; i++) {
                    parts[i] = node();
                }
                // List.of keeps the array as is; the records' List.copyOf then keeps that list as is.
                List<Requirement> list = List.of(parts);
                return first == 'a' ? new Requirement.AllOf(list) : new Requirement.AnyOf(list);
            }
            int position = number();
            if (position >= leaves.length) {
                throw new IllegalArgumentException("no credential at position " + position + " (\"" + code + "\")");
            }
            return leaves[position];
        }

        private void expect(char wanted) {
            if (cursor >= code.length() || code.charAt(cursor) != wanted) {
                throw new IllegalArgumentException("expected '" + wanted + "' at " + cursor + " of \"" + code + "\"");
            }
            cursor++;
        }

        private int number() {
            int start = cursor;
            int value = 0;
            while (cursor < code.length()) {
                char digit = code.charAt(cursor);
                if (digit < '0' || digit > '9' || cursor - start > 8) {
                    break;
                }
                value = value * 10 + (digit - '0');
                cursor++;
            }
            if (cursor == start) {
                throw new IllegalArgumentException("expected a number at " + start + " of \"" + code + "\"");
            }
            return value;
        }
    }

    /** Leaves shared by all trees of one edition, one per credential id in position order. */
    static Requirement.Holds[] leaves(List<String> credentialIds) {
        Requirement.Holds[] leaves = new Requirement.Holds[credentialIds.size()];
        Arrays.setAll(leaves, i -> new Requirement.Holds(credentialIds.get(i)));
        return leaves;
    }
}
