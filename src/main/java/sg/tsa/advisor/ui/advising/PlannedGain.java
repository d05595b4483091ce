package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.Grant;
import sg.tsa.advisor.engine.QualificationAdvice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An exemption the learner would gain if the planned ("what if") credentials were attained: in the advice worked
 * out with them, not in the advice of what is held. Plain Java.
 *
 * @param certificate the whole certificate gained, or null for a single module
 * @param module      the module gained, or null for a whole certificate
 * @param planned     ids of the planned credentials that the gaining rules use
 */
record PlannedGain(Qualification qualification, Certificate certificate, CourseModule module, List<String> planned) {
    PlannedGain {
        planned = List.copyOf(planned);
    }

    String title() {
        return certificate != null ? "Whole PDC: " + certificate.title() : module.title();
    }

    /** The gains of {@code withPlanned} over {@code held}, per qualification in the order of the advice. */
    static List<PlannedGain> between(Advice held, Advice withPlanned, Set<String> plannedIds) {
        List<PlannedGain> gains = new ArrayList<>();
        if (withPlanned == null) {
            return gains;
        }
        for (QualificationAdvice with : withPlanned.qualifications()) {
            QualificationAdvice without = held == null ? null
                    : held.qualification(with.qualification().id()).orElse(null);
            Set<String> heldCertificates = new HashSet<>();
            Set<String> heldModules = new HashSet<>();
            if (without != null) {
                without.exemptedCertificates().forEach(c -> heldCertificates.add(c.id()));
                without.exemptedModules().forEach(m -> heldModules.add(m.id()));
            }
            Set<String> coveredByNewCertificate = new HashSet<>();
            for (Certificate certificate : with.exemptedCertificates()) {
                if (heldCertificates.add(certificate.id())) {
                    coveredByNewCertificate.addAll(certificate.moduleIds());
                    gains.add(new PlannedGain(with.qualification(), certificate, null,
                            planned(with.grantsFor(certificate), plannedIds)));
                }
            }
            for (CourseModule module : with.exemptedModules()) {
                if (!heldModules.contains(module.id()) && !coveredByNewCertificate.contains(module.id())) {
                    gains.add(new PlannedGain(with.qualification(), null, module,
                            planned(with.grantsFor(module), plannedIds)));
                }
            }
        }
        return gains;
    }

    private static List<String> planned(List<Grant> grants, Set<String> plannedIds) {
        Set<String> ids = new LinkedHashSet<>();
        for (Grant grant : grants) {
            grant.credentials().stream().map(c -> c.credentialId()).filter(plannedIds::contains).forEach(ids::add);
        }
        return List.copyOf(ids);
    }
}
