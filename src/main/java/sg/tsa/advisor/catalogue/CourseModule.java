package sg.tsa.advisor.catalogue;

import java.util.Objects;

/**
 * A module of a qualification. (Named CourseModule so it never collides with {@link java.lang.Module}.)
 *
 * @param code    the institution's module code, or null
 * @param hours   or null when not published
 * @param credits or null when not published
 */
public record CourseModule(String id, String code, String title, Double hours, Double credits) {
    public CourseModule {
        Ids.require(id, "module");
        Objects.requireNonNull(title, "title");
    }
}
