package sg.tsa.advisor.storage.catalogue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored edition of the catalogue, as listed by {@code catalogue list}.
 *
 * @param signedBy who vouches for it: {@link #SHIPPED} for the catalogue shipped inside the application, the id of
 *                 the trusted key whose signature was checked on import, or null when it was imported unsigned
 */
public record Edition(String version, LocalDate publishedOn, String institution, Instant importedAt,
                      boolean active, String signedBy) {
    public static final String SHIPPED = "shipped";

    public Edition(String version, LocalDate publishedOn, String institution, Instant importedAt, boolean active) {
        this(version, publishedOn, institution, importedAt, active, null);
    }

    /** Whether the edition came with the application or with a signature checked against a trusted key. */
    public boolean signed() {
        return signedBy != null;
    }
}
