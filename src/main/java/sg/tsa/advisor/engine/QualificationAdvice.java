package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Qualification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a learner is exempted from in one qualification.
 *
 * @param exemptedModules      every exempted module, those of exempted certificates included, in catalogue order
 * @param exemptedCertificates the certificates granted whole by a rule
 * @param remainingModules     the modules not exempted; empty where the qualification's structure is not complete
 * @param lapsingBeforeIntake  ids of granted rules that would not be granted on the planned intake date
 */
public record QualificationAdvice(Qualification qualification, List<CourseModule> exemptedModules,
                                  List<Certificate> exemptedCertificates, List<Grant> grants,
                                  Optional<List<CourseModule>> remainingModules, List<String> lapsingBeforeIntake) {
    public QualificationAdvice {
        Objects.requireNonNull(qualification, "qualification");
        exemptedModules = List.copyOf(exemptedModules);
        exemptedCertificates = List.copyOf(exemptedCertificates);
        grants = List.copyOf(grants);
        remainingModules = remainingModules.map(List::copyOf);
        lapsingBeforeIntake = List.copyOf(lapsingBeforeIntake);
    }

    /** The grants that exempt {@code module}, directly or through its certificate. */
    public List<Grant> grantsFor(CourseModule module) {
        return grants.stream()
                .filter(g -> Exemptions.modulesOf(qualification, g.rule().exempts()).contains(module.id()))
                .toList();
    }

    /** The grants that exempt {@code certificate} whole. */
    public List<Grant> grantsFor(Certificate certificate) {
        return grants.stream().filter(g -> g.rule().exempts().targetId().equals(certificate.id())
                && g.rule().exempts() instanceof sg.tsa.advisor.catalogue.Exemption.OfCertificate).toList();
    }

    /** Hours of the exempted modules whose hours are published, or empty when none are. */
    public Optional<Double> hoursSaved() {
        return sumKnown(CourseModule::hours);
    }

    /** Credits of the exempted modules whose credits are published, or empty when none are. */
    public Optional<Double> creditsSaved() {
        return sumKnown(CourseModule::credits);
    }

    private Optional<Double> sumKnown(Function<CourseModule, Double> value) {
        return exemptedModules.stream().map(value).filter(Objects::nonNull).reduce(Double::sum);
    }
}
