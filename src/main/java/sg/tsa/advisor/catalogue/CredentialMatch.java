package sg.tsa.advisor.catalogue;

import java.util.Locale;
import java.util.Objects;

/**
 * One way a learner's digital credential file is recognised as a catalogue credential (the optional
 * {@code matches} of a credential in the catalogue file).
 */
public sealed interface CredentialMatch {

    /** An Open Badges 3.0 achievement id or an Open Badges 2.0 BadgeClass id, compared exactly. */
    record AchievementId(String uri) implements CredentialMatch {
        public AchievementId {
            Objects.requireNonNull(uri, "uri");
        }
    }

    /** A Credly badge template, by its UUID (kept in lower case), on whichever Credly host or API version. */
    record CredlyTemplate(String uuid) implements CredentialMatch {
        public CredlyTemplate {
            uuid = uuid.toLowerCase(Locale.ROOT);
        }
    }

    /** An OpenCerts document from a document store (kept in lower case) whose {@code name} is exactly that. */
    record OpenCerts(String store, String name) implements CredentialMatch {
        public OpenCerts {
            store = store.toLowerCase(Locale.ROOT);
            Objects.requireNonNull(name, "name");
        }
    }
}
