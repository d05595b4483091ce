package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's rules looked up the other way round: which rules exempt a module or certificate, and which rules
 * name a credential. Built once per catalogue in the background (it walks every rule), then read on the FX thread.
 * Plain Java.
 */
final class RuleIndex {
    private final Catalogue catalogue;
    private final Map<String, List<Rule>> byTarget = new HashMap<>();
    private final Map<String, List<Rule>> byCredential = new HashMap<>();

    RuleIndex(Catalogue catalogue) {
        this.catalogue = catalogue;
        for (Rule rule : catalogue.rules()) {
            byTarget.computeIfAbsent(key(rule.qualificationId(), rule.exempts()), k -> new ArrayList<>()).add(rule);
            for (String credentialId : rule.requires().credentialIds()) {
                byCredential.computeIfAbsent(credentialId, k -> new ArrayList<>()).add(rule);
            }
        }
    }

    Catalogue catalogue() {
        return catalogue;
    }

    private static String key(String qualificationId, Exemption exemption) {
        String kind = exemption instanceof Exemption.OfCertificate ? "c:" : "m:";
        return qualificationId + "\u0000" + kind + exemption.targetId();
    }

    /** Rules that exempt the certificate as a whole. */
    List<Rule> exempting(Qualification qualification, Certificate certificate) {
        return byTarget.getOrDefault(key(qualification.id(), new Exemption.OfCertificate(certificate.id())),
                List.of());
    }

    /** Rules that exempt the module: by itself, or through the whole certificate it belongs to. */
    List<Rule> exempting(Qualification qualification, CourseModule module) {
        List<Rule> rules = new ArrayList<>(byTarget.getOrDefault(
                key(qualification.id(), new Exemption.OfModule(module.id())), List.of()));
        qualification.certificateOf(module.id()).ifPresent(c -> rules.addAll(exempting(qualification, c)));
        return rules;
    }

    /** Rules whose requirement names the credential. */
    List<Rule> naming(String credentialId) {
        return byCredential.getOrDefault(credentialId, List.of());
    }
}
