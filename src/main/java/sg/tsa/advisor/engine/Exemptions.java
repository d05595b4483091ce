package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Qualification;

import java.util.List;

/** What an exemption covers within its qualification. */
public final class Exemptions {
    private Exemptions() {
    }

    /** The ids of the modules an exemption exempts: the one module, or every known module of the certificate. */
    public static List<String> modulesOf(Qualification qualification, Exemption exemption) {
        if (exemption instanceof Exemption.OfModule module) {
            return List.of(module.moduleId());
        }
        return qualification.certificate(exemption.targetId()).map(Certificate::moduleIds).orElse(List.of());
    }

    /** A short human name of what an exemption exempts, e.g. the module's or the certificate's title. */
    public static String titleOf(Qualification qualification, Exemption exemption) {
        if (exemption instanceof Exemption.OfModule module) {
            return qualification.module(module.moduleId()).map(m -> m.title()).orElse(module.moduleId());
        }
        return qualification.certificate(exemption.targetId()).map(Certificate::title).orElse(exemption.targetId());
    }
}
