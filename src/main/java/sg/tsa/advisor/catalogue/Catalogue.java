package sg.tsa.advisor.catalogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One edition of the catalogue: credentials, qualifications and the exemption rules between them. Immutable;
 * lookups by id are indexed. A catalogue built here has already passed validation (see
 * {@code sg.tsa.advisor.catalogue.format.CatalogueReader}); the constructor checks only what keeps lookups sound.
 */
public final class Catalogue {
    private final String version;
    private final LocalDate publishedOn;
    private final String institution;
    private final Contact contact;
    private final List<Source> sources;
    private final Integer defaultRecencyYears;
    private final List<Issuer> issuers;
    private final List<Credential> credentials;
    private final List<Qualification> qualifications;
    private final List<Rule> rules;

    private final Map<String, Issuer> issuersById;
    private final Map<String, Credential> credentialsById;
    private final Map<String, Qualification> qualificationsById;
    private final Map<String, Source> sourcesById;

    public Catalogue(String version, LocalDate publishedOn, String institution, Contact contact, List<Source> sources,
                     Integer defaultRecencyYears, List<Issuer> issuers, List<Credential> credentials,
                     List<Qualification> qualifications, List<Rule> rules) {
        this.version = Objects.requireNonNull(version, "version");
        this.publishedOn = Objects.requireNonNull(publishedOn, "publishedOn");
        this.institution = Objects.requireNonNull(institution, "institution");
        this.contact = contact;
        this.sources = List.copyOf(sources);
        this.defaultRecencyYears = defaultRecencyYears;
        this.issuers = List.copyOf(issuers);
        this.credentials = List.copyOf(credentials);
        this.qualifications = List.copyOf(qualifications);
        this.rules = List.copyOf(rules);
        this.issuersById = index(this.issuers, Issuer::id);
        this.credentialsById = index(this.credentials, Credential::id);
        this.qualificationsById = index(this.qualifications, Qualification::id);
        this.sourcesById = index(this.sources, Source::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id \"" + id.apply(item) + "\"");
            }
        }
        return Map.copyOf(map);
    }

    public String version() {
        return version;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String institution() {
        return institution;
    }

    /** Who to contact next, or empty when the catalogue does not say. */
    public Optional<Contact> contact() {
        return Optional.ofNullable(contact);
    }

    public List<Source> sources() {
        return sources;
    }

    /** The recency window of rules that set none, or null where credentials count however old they are. */
    public Integer defaultRecencyYears() {
        return defaultRecencyYears;
    }

    public List<Issuer> issuers() {
        return issuers;
    }

    public List<Credential> credentials() {
        return credentials;
    }

    public List<Qualification> qualifications() {
        return qualifications;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Issuer> issuer(String id) {
        return Optional.ofNullable(issuersById.get(id));
    }

    public Optional<Credential> credential(String id) {
        return Optional.ofNullable(credentialsById.get(id));
    }

    public Optional<Qualification> qualification(String id) {
        return Optional.ofNullable(qualificationsById.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    /** The recency window in force for a rule: its own, else the default; null means no limit. */
    public Integer recencyYearsOf(Rule rule) {
        return rule.recencyYears() != null ? rule.recencyYears() : defaultRecencyYears;
    }

    /** The issuer's name of a credential, for display. */
    public String issuerNameOf(Credential credential) {
        return issuer(credential.issuerId()).map(Issuer::name).orElse(credential.issuerId());
    }
}
