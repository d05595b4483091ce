package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of edit of a draft, and its undo and redo, on the catalogue file's JSON tree. */
class DraftDocumentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final JsonPath ISSUERS = JsonPath.of("issuers");

    private static DraftDocument withIssuer() {
        DraftDocument draft = DraftDocument.empty(TODAY);
        draft.apply(new Edit.Insert(ISSUERS, 0, Templates.issuer()));
        return draft;
    }

    @Test
    void anEmptyDraftHoldsTheFormatAndTodayAndEveryListEmpty() {
        JsonObject root = DraftDocument.empty(TODAY).root();

        assertThat(root.get("format").getAsString()).isEqualTo("exemption-catalogue/1");
        assertThat(root.get("publishedOn").getAsString()).isEqualTo("2026-12-01");
        for (String list : List.of("sources", "issuers", "credentials", "qualifications", "rules")) {
            assertThat(root.getAsJsonArray(list)).as(list).isEmpty();
        }
    }

    @Test
    void aDraftOfTheShippedCatalogueWritesBackTheSameFile() {
        Catalogue shipped = ShippedCatalogue.load();
        DraftDocument draft = DraftDocument.of(shipped);

        assertThat(draft.basedOn()).isEqualTo(shipped.version());
        assertThat(DraftCheck.of(draft.snapshot()).catalogue()).hasValueSatisfying(c ->
                assertThat(CatalogueWriter.toString(c)).isEqualTo(CatalogueWriter.toString(shipped)));
    }

    @Test
    void insertingAndRemovingAnEntryAreUndoneAndRedone() {
        DraftDocument draft = withIssuer();
        JsonObject second = Templates.issuer();
        second.addProperty("id", "second");
        draft.apply(new Edit.Insert(ISSUERS, 0, second));
        assertThat(ids(draft)).containsExactly("second", "");

        draft.apply(new Edit.Remove(ISSUERS, 1, draft.root().getAsJsonArray("issuers").get(1)));
        assertThat(ids(draft)).containsExactly("second");

        assertThat(draft.undo()).isTrue();
        assertThat(ids(draft)).containsExactly("second", "");
        assertThat(draft.undo()).isTrue();
        assertThat(ids(draft)).containsExactly("");
        assertThat(draft.redo()).isTrue();
        assertThat(draft.redo()).isTrue();
        assertThat(ids(draft)).containsExactly("second");
        assertThat(draft.redo()).isFalse();
    }

    @Test
    void settingAFieldIsUndoneToTheValueBeforeAndRemovingAFieldToItsValue() {
        DraftDocument draft = withIssuer();
        JsonPath name = ISSUERS.index(0).field("name");
        draft.set(name, new JsonPrimitive("Cisco"));
        draft.endTyping();
        draft.set(name, null);

        assertThat(draft.root().getAsJsonArray("issuers").get(0).getAsJsonObject().has("name")).isFalse();
        draft.undo();
        assertThat(name.find(draft.root())).contains(new JsonPrimitive("Cisco"));
        draft.undo();
        assertThat(name.find(draft.root())).contains(new JsonPrimitive(""));
        draft.redo();
        assertThat(name.find(draft.root())).contains(new JsonPrimitive("Cisco"));
    }

    @Test
    void typingIntoOneFieldIsOneStepButAnotherFieldStartsANewOne() {
        DraftDocument draft = withIssuer();
        JsonPath id = ISSUERS.index(0).field("id");
        JsonPath name = ISSUERS.index(0).field("name");
        for (String typed : List.of("c", "ci", "cis", "cisco")) {
            draft.set(id, new JsonPrimitive(typed));
        }
        draft.set(name, new JsonPrimitive("Cisco"));

        draft.undo();
        assertThat(name.find(draft.root())).contains(new JsonPrimitive(""));
        assertThat(id.find(draft.root())).contains(new JsonPrimitive("cisco"));
        draft.undo();
        assertThat(id.find(draft.root())).contains(new JsonPrimitive(""));
        draft.undo();
        assertThat(draft.root().getAsJsonArray("issuers")).isEmpty();
        assertThat(draft.canUndo()).isFalse();
    }

    @Test
    void settingAFieldOfAMissingObjectAddsTheObjectAndUndoTakesBothBack() {
        DraftDocument draft = DraftDocument.empty(TODAY);
        JsonPath phone = JsonPath.of("contact", "phone");

        draft.set(phone, new JsonPrimitive("6788 0000"));

        assertThat(phone.find(draft.root())).contains(new JsonPrimitive("6788 0000"));
        draft.undo();
        assertThat(draft.root().has("contact")).isFalse();
    }

    @Test
    void aNewEditForgetsWhatWasUndoneAndSettingTheSameValueIsNoEdit() {
        DraftDocument draft = withIssuer();
        long before = draft.revision();
        draft.set(ISSUERS.index(0).field("id"), new JsonPrimitive(""));
        assertThat(draft.revision()).isEqualTo(before);

        draft.undo();
        assertThat(draft.canRedo()).isTrue();
        draft.apply(new Edit.Insert(ISSUERS, 0, Templates.issuer()));
        assertThat(draft.canRedo()).isFalse();
    }

    @Test
    void listenersHearEachEditAndTheInverseOfEachUndo() {
        DraftDocument draft = DraftDocument.empty(TODAY);
        List<Edit> heard = new ArrayList<>();
        draft.addListener(heard::add);
        Edit insert = new Edit.Insert(ISSUERS, 0, Templates.issuer());

        draft.apply(insert);
        draft.undo();

        assertThat(heard).containsExactly(insert, insert.inverse());
    }

    @Test
    void aCompoundEditIsUndoneAsOneStepInReverseOrder() {
        DraftDocument draft = DraftDocument.empty(TODAY);
        JsonObject qualification = Templates.qualification();
        JsonPath modules = JsonPath.of("qualifications", 0, "modules");
        draft.apply(new Edit.Compound(List.of(new Edit.Insert(JsonPath.of("qualifications"), 0, qualification),
                new Edit.Insert(modules, 0, Templates.module()))));
        assertThat(modules.find(draft.root()).map(e -> e.getAsJsonArray().size())).contains(1);

        draft.undo();

        assertThat(draft.root().getAsJsonArray("qualifications")).isEmpty();
    }

    @Test
    void theUndoHistoryIsBounded() {
        DraftDocument draft = withIssuer();
        JsonPath id = ISSUERS.index(0).field("id");
        for (int i = 0; i < DraftDocument.UNDO_DEPTH + 5; i++) {
            draft.set(id, new JsonPrimitive("v" + i));
            draft.endTyping();
        }
        int undone = 0;
        while (draft.undo()) {
            undone++;
        }
        assertThat(undone).isEqualTo(DraftDocument.UNDO_DEPTH);
        assertThat(id.find(draft.root())).contains(new JsonPrimitive("v4"));
    }

    @Test
    void theKeptTextReadsBackAsTheSameTreeNumbersAsTyped() {
        DraftDocument draft = withIssuer();
        draft.set(JsonPath.of("defaults", "recencyYears"), DraftValues.optionalNumber("1e400"));
        draft.set(ISSUERS.index(0).field("name"), DraftValues.text("Line\nbreak \"quoted\""));

        DraftDocument back = DraftDocument.parse(draft.text(), "2026.11");

        assertThat(back.root()).isEqualTo(draft.root());
        assertThat(back.text()).contains("\"recencyYears\":1e400");
        assertThat(back.basedOn()).isEqualTo("2026.11");
    }

    private static List<String> ids(DraftDocument draft) {
        JsonArray issuers = draft.root().getAsJsonArray("issuers");
        return issuers.asList().stream().map(e -> e.getAsJsonObject().get("id").getAsString()).toList();
    }
}
