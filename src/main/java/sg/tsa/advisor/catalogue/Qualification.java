package sg.tsa.advisor.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A diploma, specialist diploma or other award, with the modules and certificates the catalogue knows of.
 *
 * @param structureComplete true when {@code modules} lists every module, so "remaining modules" is complete
 */
public record Qualification(String id, String code, String title, QualificationLevel level, boolean structureComplete,
                            List<CourseModule> modules, List<Certificate> certificates) {
    public Qualification {
        Ids.require(id, "qualification");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
        modules = List.copyOf(modules);
        certificates = List.copyOf(certificates);
    }

    public Optional<CourseModule> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public Optional<Certificate> certificate(String certificateId) {
        return certificates.stream().filter(c -> c.id().equals(certificateId)).findFirst();
    }

    /** The certificate a module belongs to, if any (a module belongs to at most one). */
    public Optional<Certificate> certificateOf(String moduleId) {
        return certificates.stream().filter(c -> c.moduleIds().contains(moduleId)).findFirst();
    }
}
