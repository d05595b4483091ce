package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Rule;

import java.util.List;

/** A rule that granted its exemption, with the held credentials that met its requirement. */
public record Grant(Rule rule, List<CountedCredential> credentials) {
    public Grant {
        credentials = List.copyOf(credentials);
    }
}
