package sg.tsa.advisor.ui.catalogue;

import sg.tsa.advisor.catalogue.signing.FileSignature;
import sg.tsa.advisor.storage.catalogue.Edition;

/** How an edition or a file is vouched for, in the workspace's words. Plain Java. */
final class Signatures {
    private Signatures() {
    }

    /** "Key …", "Shipped" or "Unsigned", short for the list of stored editions. */
    static String of(Edition edition) {
        if (!edition.signed()) {
            return "Unsigned";
        }
        return Edition.SHIPPED.equals(edition.signedBy()) ? "Shipped" : "Key " + edition.signedBy();
    }

    static String describe(Edition edition) {
        if (!edition.signed()) {
            return "Unsigned: it was stored without a signature by a trusted key.";
        }
        return Edition.SHIPPED.equals(edition.signedBy()) ? "Shipped with the application, which vouches for it."
                : "Signed by key " + edition.signedBy() + ", checked when it was imported.";
    }

    static String describe(FileSignature signature) {
        return switch (signature.state()) {
            case SIGNED -> "Signed by key " + signature.keyId() + ", which this laptop trusts; the signature holds "
                    + "for the file's exact bytes.";
            case NO_KEY_TRUSTED -> "Not checked: this laptop trusts no key yet, so the edition will be stored as "
                    + "unsigned.";
            case REFUSED -> "Refused: " + signature.reason() + ". This laptop imports only catalogue files signed by "
                    + "a key it trusts.";
        };
    }
}
