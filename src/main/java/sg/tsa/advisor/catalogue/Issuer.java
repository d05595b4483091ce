package sg.tsa.advisor.catalogue;

import java.util.Objects;

public record Issuer(String id, String name) {
    public Issuer {
        Ids.require(id, "issuer");
        Objects.requireNonNull(name, "name");
    }
}
