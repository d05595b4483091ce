package sg.tsa.advisor.storage.catalogue;

import java.time.Instant;
import java.time.LocalDate;

/** One stored edition of the catalogue, as listed by {@code catalogue list}. */
public record Edition(String version, LocalDate publishedOn, String institution, Instant importedAt,
                      boolean active) {
}
