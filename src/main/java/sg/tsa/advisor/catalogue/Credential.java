package sg.tsa.advisor.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A micro-credential the institution recognises.
 *
 * @param issuerId    id of an {@link Issuer} of the same catalogue
 * @param hours       learning hours, or null when not published
 * @param description free text, or null
 * @param matches     how a learner's credential file is recognised as this credential; often empty
 */
public record Credential(String id, String title, String issuerId, CredentialKind kind, List<String> aliases,
                         Double hours, String description, List<CredentialMatch> matches) {
    public Credential {
        Ids.require(id, "credential");
        Objects.requireNonNull(title, "title");
        Ids.require(issuerId, "issuer");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        matches = List.copyOf(matches);
    }

    /** A credential that no file is recognised as. */
    public Credential(String id, String title, String issuerId, CredentialKind kind, List<String> aliases,
                      Double hours, String description) {
        this(id, title, issuerId, kind, aliases, hours, description, List.of());
    }
}
