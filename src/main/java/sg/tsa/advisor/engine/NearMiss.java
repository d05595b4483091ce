package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Rule;

import java.util.List;

/**
 * A rule in force, not met, that adding any one of {@code missing} would meet, and whose exemption is not
 * already granted.
 */
public record NearMiss(Rule rule, List<String> missing) {
    public NearMiss {
        missing = List.copyOf(missing);
    }
}
