package sg.tsa.advisor.catalogue.format;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Requirement;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.CatalogueBuilder.allOf;
import static sg.tsa.advisor.testing.CatalogueBuilder.anyOf;
import static sg.tsa.advisor.testing.CatalogueBuilder.catalogue;

class CatalogueWriterTest {

    /** Everything a catalogue says, as values that compare by content. */
    static List<Object> content(Catalogue c) {
        return Arrays.asList(c.version(), c.publishedOn(), c.institution(), c.contact(), c.sources(),
                c.defaultRecencyYears(), c.issuers(), c.credentials(), c.qualifications(), c.rules());
    }

    @Test
    void theShippedCatalogueReadsBackUnchanged() throws InvalidCatalogueException {
        Catalogue shipped = ShippedCatalogue.load();

        Catalogue read = CatalogueReader.read(CatalogueWriter.toString(shipped));

        assertThat(content(read)).isEqualTo(content(shipped));
        assertThat(read.contact()).isPresent();
        assertThat(read.defaultRecencyYears()).isEqualTo(4);
    }

    @Test
    void writingToAWriterWritesTheSameText() throws Exception {
        Catalogue shipped = ShippedCatalogue.load();
        StringWriter out = new StringWriter();

        CatalogueWriter.write(shipped, out);

        assertThat(out).hasToString(CatalogueWriter.toString(shipped));
    }

    @Test
    void optionalFieldsThatAreNotSetAreLeftOut() {
        Catalogue catalogue = catalogue().credentials("a").qualification("q", "Q", false, "m")
                .moduleRule("r", "q", "m", "a").build();

        JsonObject json = JsonParser.parseString(CatalogueWriter.toString(catalogue)).getAsJsonObject();

        assertThat(json.get("format").getAsString()).isEqualTo("exemption-catalogue/1");
        assertThat(json.has("contact")).isFalse();
        assertThat(json.getAsJsonObject("defaults").has("recencyYears")).isFalse();
        assertThat(json.getAsJsonArray("credentials").get(0).getAsJsonObject().keySet())
                .containsExactlyInAnyOrder("id", "title", "issuer", "kind", "aliases");
        assertThat(json.getAsJsonArray("rules").get(0).getAsJsonObject().keySet())
                .containsExactlyInAnyOrder("id", "qualification", "exempts", "requires", "source");
    }

    @Test
    void setOptionalFieldsAreWritten() {
        Catalogue catalogue = catalogue().defaultRecency(3).credentials("a").qualification("q", "Q", false, "m")
                .moduleRule("r", "q", "m", "a").ruleField("r", "recencyYears", 2)
                .ruleField("r", "effectiveFrom", "2026-01-01").ruleField("r", "effectiveUntil", "2026-12-31")
                .ruleField("r", "note", "see the school").build();

        JsonObject rule = JsonParser.parseString(CatalogueWriter.toString(catalogue)).getAsJsonObject()
                .getAsJsonArray("rules").get(0).getAsJsonObject();

        assertThat(rule.get("recencyYears").getAsInt()).isEqualTo(2);
        assertThat(rule.get("effectiveFrom").getAsString()).isEqualTo("2026-01-01");
        assertThat(rule.get("effectiveUntil").getAsString()).isEqualTo("2026-12-31");
        assertThat(rule.get("note").getAsString()).isEqualTo("see the school");
    }

    @Test
    void textIsWrittenAsItIsNotEscaped() {
        String written = CatalogueWriter.toString(ShippedCatalogue.load());

        assertThat(written).contains("Aquatic Animal Health & Nutrition", "Solutions Architect – Associate");
    }

    @Test
    void requirementsAreWrittenInTheirJsonForm() {
        Catalogue catalogue = catalogue().credentials("a", "b", "c").qualification("q", "Q", false, "m")
                .moduleRule("r", "q", "m", anyOf("a", allOf("b", "c"))).build();
        Requirement requires = catalogue.rules().get(0).requires();

        assertThat(CatalogueWriter.requirement(requires).toString())
                .isEqualTo("{\"anyOf\":[\"a\",{\"allOf\":[\"b\",\"c\"]}]}");
    }
}
