package sg.tsa.advisor.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A block of modules of a qualification, such as a post-diploma certificate (PDC).
 *
 * @param moduleIds the ids of its modules; empty when they are not yet published
 */
public record Certificate(String id, String title, CertificateKind kind, List<String> moduleIds) {
    public Certificate {
        Ids.require(id, "certificate");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        moduleIds = List.copyOf(moduleIds);
    }

    /** True when the catalogue does not say which modules the certificate has. */
    public boolean modulesUnknown() {
        return moduleIds.isEmpty();
    }
}
