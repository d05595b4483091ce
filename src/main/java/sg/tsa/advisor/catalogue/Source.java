package sg.tsa.advisor.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/** A published list the rules were taken from. */
public record Source(String id, String title, String url, LocalDate retrievedOn) {
    public Source {
        Ids.require(id, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(retrievedOn, "retrievedOn");
    }
}
