package sg.tsa.advisor.ui.catalogue.draft;

import com.google.gson.JsonObject;
import sg.tsa.advisor.catalogue.CertificateKind;
import sg.tsa.advisor.catalogue.CredentialKind;
import sg.tsa.advisor.catalogue.QualificationLevel;
import sg.tsa.advisor.catalogue.draft.DraftText;
import sg.tsa.advisor.catalogue.draft.DraftValues;
import sg.tsa.advisor.catalogue.draft.Templates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import static sg.tsa.advisor.ui.catalogue.draft.FieldSpec.Kind.BOOLEAN;
import static sg.tsa.advisor.ui.catalogue.draft.FieldSpec.Kind.EXEMPTS;
import static sg.tsa.advisor.ui.catalogue.draft.FieldSpec.Kind.MATCHES;
import static sg.tsa.advisor.ui.catalogue.draft.FieldSpec.Kind.NUMBER;
import static sg.tsa.advisor.ui.catalogue.draft.FieldSpec.Kind.OPTIONAL_TEXT;
import static sg.tsa.advisor.ui.catalogue.draft.FieldSpec.Kind.REQUIREMENT;
import static sg.tsa.advisor.ui.catalogue.draft.FieldSpec.Kind.TEXT;
import static sg.tsa.advisor.ui.catalogue.draft.FieldSpec.Kind.TEXT_LIST;

/**
 * The sections of the draft editor, in the catalogue format's words: which lists, which columns and which fields.
 * The one place the editor names the format's fields (docs/catalogue-format.md).
 */
final class Sections {
    private Sections() {
    }

    /** A column of a list's table. */
    record Column(String title, Function<JsonObject, String> value, double width) {
    }

    /**
     * A list of entries: its field in the parent ({@code issuers}), its columns, the form of one entry, the lists
     * nested in an entry, and the entry added by "Add".
     */
    record ListSpec(String key, String title, String singular, List<Column> columns, List<FieldSpec> fields,
                    List<ListSpec> nested, Supplier<JsonObject> template) {
    }

    private static Column column(String title, String key, double width) {
        return new Column(title, entry -> DraftValues.shown(entry.get(key)), width);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    static final List<FieldSpec> EDITION = List.of(
            FieldSpec.of("version", "Version", TEXT, "e.g. 2027.01"),
            FieldSpec.of("publishedOn", "Published on", TEXT, "YYYY-MM-DD"),
            FieldSpec.of("institution", "Institution", TEXT),
            new FieldSpec(sg.tsa.advisor.catalogue.draft.JsonPath.of("defaults", "recencyYears"),
                    "Default recency (years)", NUMBER, List.of(), "blank: counts however long ago"));

    static final List<FieldSpec> CONTACT = List.of(
            FieldSpec.of("name", "Name", OPTIONAL_TEXT), FieldSpec.of("phone", "Phone", OPTIONAL_TEXT),
            FieldSpec.of("email", "Email", OPTIONAL_TEXT), FieldSpec.of("website", "Website", OPTIONAL_TEXT),
            FieldSpec.of("address", "Address", OPTIONAL_TEXT), FieldSpec.of("hours", "Opening hours", OPTIONAL_TEXT));

    static final ListSpec ISSUERS = new ListSpec("issuers", "Issuers", "issuer",
            List.of(column("Id", "id", 160), column("Name", "name", 320)),
            List.of(FieldSpec.of("id", "Id", TEXT), FieldSpec.of("name", "Name", TEXT)),
            List.of(), Templates::issuer);

    static final ListSpec CREDENTIALS = new ListSpec("credentials", "Credentials", "credential",
            List.of(column("Id", "id", 160), column("Title", "title", 340), column("Issuer", "issuer", 110),
                    column("Kind", "kind", 170)),
            List.of(FieldSpec.of("id", "Id", TEXT), FieldSpec.of("title", "Title", TEXT),
                    FieldSpec.reference("issuer", "Issuer", "issuers"),
                    FieldSpec.choice("kind", "Kind", names(CredentialKind.values())),
                    FieldSpec.of("aliases", "Aliases", TEXT_LIST, "comma-separated, e.g. CCNA, 200-301"),
                    FieldSpec.of("hours", "Hours", NUMBER), FieldSpec.of("description", "Description", OPTIONAL_TEXT),
                    FieldSpec.of("matches", "Badge files", MATCHES)),
            List.of(), Templates::credential);

    static final ListSpec MODULES = new ListSpec("modules", "Modules", "module",
            List.of(column("Id", "id", 110), column("Code", "code", 90), column("Title", "title", 300),
                    column("Hours", "hours", 70), column("Credits", "credits", 70)),
            List.of(FieldSpec.of("id", "Id", TEXT), FieldSpec.of("code", "Code", OPTIONAL_TEXT),
                    FieldSpec.of("title", "Title", TEXT), FieldSpec.of("hours", "Hours", NUMBER),
                    FieldSpec.of("credits", "Credits", NUMBER)),
            List.of(), Templates::module);

    static final ListSpec CERTIFICATES = new ListSpec("certificates", "Certificates and PDCs", "certificate",
            List.of(column("Id", "id", 110), column("Title", "title", 300), column("Kind", "kind", 170),
                    new Column("Modules", e -> String.join(", ", DraftValues.shownList(e.get("modules"))), 200)),
            List.of(FieldSpec.of("id", "Id", TEXT), FieldSpec.of("title", "Title", TEXT),
                    FieldSpec.choice("kind", "Kind", names(CertificateKind.values())),
                    FieldSpec.of("modules", "Modules", TEXT_LIST, "module ids, comma-separated")),
            List.of(), Templates::certificate);

    static final ListSpec QUALIFICATIONS = new ListSpec("qualifications", "Qualifications", "qualification",
            List.of(column("Id", "id", 140), column("Code", "code", 80), column("Title", "title", 420),
                    column("Level", "level", 140)),
            List.of(FieldSpec.of("id", "Id", TEXT), FieldSpec.of("code", "Code", OPTIONAL_TEXT),
                    FieldSpec.of("title", "Title", TEXT),
                    FieldSpec.choice("level", "Level", names(QualificationLevel.values())),
                    FieldSpec.of("structureComplete", "Every module listed (structure complete)", BOOLEAN)),
            List.of(MODULES, CERTIFICATES), Templates::qualification);

    static final ListSpec RULES = new ListSpec("rules", "Rules", "rule",
            List.of(column("Id", "id", 150), column("Qualification", "qualification", 120),
                    new Column("Exempts", e -> DraftText.exempts(e.get("exempts")), 150),
                    new Column("Requires", e -> DraftText.requirement(e.get("requires")), 330),
                    column("Source", "source", 100)),
            List.of(FieldSpec.of("id", "Id", TEXT), FieldSpec.reference("qualification", "Qualification",
                            "qualifications"),
                    FieldSpec.of("exempts", "Exempts", EXEMPTS), FieldSpec.of("requires", "Requires", REQUIREMENT),
                    FieldSpec.of("recencyYears", "Recency (years)", NUMBER, "blank: the default"),
                    FieldSpec.of("effectiveFrom", "In force from", OPTIONAL_TEXT, "YYYY-MM-DD or blank"),
                    FieldSpec.of("effectiveUntil", "In force until", OPTIONAL_TEXT, "YYYY-MM-DD or blank"),
                    FieldSpec.reference("source", "Source", "sources"), FieldSpec.of("note", "Note", OPTIONAL_TEXT)),
            List.of(), Templates::rule);

    static ListSpec sources(Supplier<LocalDate> today) {
        return new ListSpec("sources", "Sources", "source",
                List.of(column("Id", "id", 140), column("Title", "title", 300), column("URL", "url", 300)),
                List.of(FieldSpec.of("id", "Id", TEXT), FieldSpec.of("title", "Title", TEXT),
                        FieldSpec.of("url", "URL", TEXT),
                        FieldSpec.of("retrievedOn", "Retrieved on", TEXT, "YYYY-MM-DD")),
                List.of(), () -> Templates.source(today.get()));
    }
}
