package sg.tsa.advisor.catalogue;

/** What a rule exempts: one module, or a whole certificate of the rule's qualification. */
public sealed interface Exemption {

    /** The id of the module or certificate. */
    String targetId();

    record OfModule(String moduleId) implements Exemption {
        public OfModule {
            Ids.require(moduleId, "module");
        }

        @Override
        public String targetId() {
            return moduleId;
        }
    }

    record OfCertificate(String certificateId) implements Exemption {
        public OfCertificate {
            Ids.require(certificateId, "certificate");
        }

        @Override
        public String targetId() {
            return certificateId;
        }
    }
}
