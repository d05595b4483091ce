package sg.tsa.advisor.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what a counsellor types — a credential id or one of its aliases, in any case — into a credential.
 */
public final class CredentialResolver {
    private final Map<String, List<Credential>> byName = new LinkedHashMap<>();

    public CredentialResolver(Catalogue catalogue) {
        for (Credential credential : catalogue.credentials()) {
            add(credential.id(), credential);
            credential.aliases().forEach(alias -> add(alias, credential));
        }
    }

    private void add(String name, Credential credential) {
        List<Credential> matches = byName.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!matches.contains(credential)) {
            matches.add(credential);
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The credential named by {@code idOrAlias}.
     *
     * @throws UnknownCredentialException when nothing or more than one credential has that name
     */
    public Credential resolve(String idOrAlias) {
        List<Credential> matches = byName.getOrDefault(key(idOrAlias), List.of());
        if (matches.isEmpty()) {
            throw new UnknownCredentialException("unknown credential \"" + idOrAlias + "\"");
        }
        // An exact id wins over an alias another credential happens to share.
        for (Credential match : matches) {
            if (match.id().equalsIgnoreCase(idOrAlias.strip())) {
                return match;
            }
        }
        if (matches.size() > 1) {
            throw new UnknownCredentialException("ambiguous credential \"" + idOrAlias + "\": it may be "
                    + String.join(", ", matches.stream().map(Credential::id).toList()));
        }
        return matches.get(0);
    }

    /** Raised when a typed name matches no credential, or several. */
    public static final class UnknownCredentialException extends IllegalArgumentException {
        public UnknownCredentialException(String message) {
            super(message);
        }
    }
}
