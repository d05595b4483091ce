package sg.tsa.advisor.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What a learner must hold for a rule: one credential, all of several parts, or any of several parts. */
public sealed interface Requirement {

    /** Whether the requirement is met when exactly the credentials accepted by {@code counts} count. */
    boolean isMetBy(Predicate<String> counts);

    /** Every credential id the requirement names, in the order written. */
    default Set<String> credentialIds() {
        Set<String> ids = new LinkedHashSet<>();
        collectCredentialIds(ids);
        return ids;
    }

    void collectCredentialIds(Set<String> into);

    /**
     * The counting credentials that met the requirement: the one credential; for allOf every part's; for anyOf
     * every met part's. Empty when the requirement is not met.
     */
    default Set<String> metBy(Predicate<String> counts) {
        Set<String> ids = new LinkedHashSet<>();
        if (isMetBy(counts)) {
            collectMetBy(counts, ids);
        }
        return ids;
    }

    void collectMetBy(Predicate<String> counts, Set<String> into);

    record Holds(String credentialId) implements Requirement {
        public Holds {
            Ids.require(credentialId, "credential");
        }

        @Override
        public boolean isMetBy(Predicate<String> counts) {
            return counts.test(credentialId);
        }

        @Override
        public void collectCredentialIds(Set<String> into) {
            into.add(credentialId);
        }

        @Override
        public void collectMetBy(Predicate<String> counts, Set<String> into) {
            into.add(credentialId);
        }
    }

    record AllOf(List<Requirement> parts) implements Requirement {
        public AllOf {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("allOf needs at least one part");
            }
        }

        @Override
        public boolean isMetBy(Predicate<String> counts) {
            return parts.stream().allMatch(p -> p.isMetBy(counts));
        }

        @Override
        public void collectCredentialIds(Set<String> into) {
            parts.forEach(p -> p.collectCredentialIds(into));
        }

        @Override
        public void collectMetBy(Predicate<String> counts, Set<String> into) {
            parts.forEach(p -> p.collectMetBy(counts, into));
        }
    }

    record AnyOf(List<Requirement> parts) implements Requirement {
        public AnyOf {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("anyOf needs at least one part");
            }
        }

        @Override
        public boolean isMetBy(Predicate<String> counts) {
            return parts.stream().anyMatch(p -> p.isMetBy(counts));
        }

        @Override
        public void collectCredentialIds(Set<String> into) {
            parts.forEach(p -> p.collectCredentialIds(into));
        }

        @Override
        public void collectMetBy(Predicate<String> counts, Set<String> into) {
            parts.stream().filter(p -> p.isMetBy(counts)).forEach(p -> p.collectMetBy(counts, into));
        }
    }
}
