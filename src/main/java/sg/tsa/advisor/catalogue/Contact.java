package sg.tsa.advisor.catalogue;

import java.util.stream.Stream;

/** Who a learner should contact next; every field may be null. Printed on the summary. */
public record Contact(String name, String phone, String email, String website, String address, String hours) {

    public boolean isEmpty() {
        return Stream.of(name, phone, email, website, address, hours).allMatch(v -> v == null || v.isBlank());
    }
}
