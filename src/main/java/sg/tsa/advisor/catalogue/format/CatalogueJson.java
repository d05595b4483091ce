package sg.tsa.advisor.catalogue.format;

import com.google.gson.JsonElement;

import java.util.List;

/**
 * The JSON shape of catalogue format version 1, field for field. Kept apart from the domain records: these
 * classes only carry what the file says. Their declared fields are also the list of known fields: a field in a
 * file that none of these declares is an error ({@link StructureCheck}).
 */
final class CatalogueJson {
    String format;
    String version;
    String publishedOn;
    String institution;
    ContactJson contact;
    List<SourceJson> sources;
    DefaultsJson defaults;
    List<IssuerJson> issuers;
    List<CredentialJson> credentials;
    List<QualificationJson> qualifications;
    List<RuleJson> rules;

    static final class ContactJson {
        String name;
        String phone;
        String email;
        String website;
        String address;
        String hours;
    }

    static final class SourceJson {
        String id;
        String title;
        String url;
        String retrievedOn;
    }

    static final class DefaultsJson {
        Integer recencyYears;
    }

    static final class IssuerJson {
        String id;
        String name;
    }

    static final class CredentialJson {
        String id;
        String title;
        String issuer;
        String kind;
        List<String> aliases;
        Double hours;
        String description;
        List<MatchJson> matches;
    }

    /** One entry of a credential's {@code matches}: exactly one field set. */
    static final class MatchJson {
        String achievementId;
        String credlyTemplate;
        OpenCertsJson openCerts;
    }

    static final class OpenCertsJson {
        String store;
        String name;
    }

    static final class QualificationJson {
        String id;
        String code;
        String title;
        String level;
        Boolean structureComplete;
        List<ModuleJson> modules;
        List<CertificateJson> certificates;
    }

    static final class ModuleJson {
        String id;
        String code;
        String title;
        Double hours;
        Double credits;
    }

    static final class CertificateJson {
        String id;
        String title;
        String kind;
        List<String> modules;
    }

    static final class RuleJson {
        String id;
        String qualification;
        ExemptsJson exempts;
        /** A credential id (string) or an {@code allOf}/{@code anyOf} object: checked by {@link CatalogueValidator}. */
        JsonElement requires;
        Integer recencyYears;
        String effectiveFrom;
        String effectiveUntil;
        String source;
        String note;
    }

    static final class ExemptsJson {
        String module;
        String certificate;
    }
}
