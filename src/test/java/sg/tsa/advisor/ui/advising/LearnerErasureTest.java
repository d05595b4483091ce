package sg.tsa.advisor.ui.advising;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.ui.advising.history.ErasureScope;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;
import sg.tsa.advisor.ui.advising.history.Learner;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Erasing a learner on request (PDPA), without a screen, on a same-thread executor. */
class LearnerErasureTest {
    private static final LocalDate TODAY = ScreenModels.TODAY;

    private final InMemoryConsultations store = ScreenModels.store();
    private AdvisingViewModel model;

    @BeforeEach
    void loadShippedCatalogue() {
        model = ScreenModels.onShippedCatalogue(store);
    }

    /** Saves two consultations of Tan Ah Kow (with contact details and a credential), and one of Lim Bee Hoon. */
    private Learner twoConsultationsOfTanAndOneOfLim() {
        saveConsultation("Lim Bee Hoon", "cisco-ccna");
        saveConsultation("Tan Ah Kow", "cisco-ccna");
        Learner tan = model.header().learnerProperty().get();
        model.picker().queryProperty().set("saa");
        model.picker().addTopMatch().orElseThrow().attainedOnProperty().set(LocalDate.of(2025, 2, 3));
        model.save();
        model.newConsultation();
        assertThat(store.consultationsOf(tan.id())).hasSize(2);
        return tan;
    }

    private void saveConsultation(String name, String credentialId) {
        model.newConsultation();
        model.header().learnerNameProperty().set(name);
        model.header().learnerContactProperty().set(name.toLowerCase().replace(' ', '.') + "@example.com");
        model.picker().queryProperty().set(credentialId);
        model.picker().addTopMatch().orElseThrow().attainedOnProperty().set(LocalDate.of(2024, 6, 1));
        model.save();
        assertThat(model.actions().statusProperty().get()).startsWith("Saved for " + name);
    }

    private void choose(String name) {
        model.header().learnerNameProperty().set(name.substring(0, 3));
        model.header().choose(model.header().suggestions().stream().filter(l -> l.name().equals(name))
                .findFirst().orElseThrow());
    }

    @Test
    void confirmedErasureRemovesTheLearnerAndTheirConsultationsAndStartsANewConsultation() {
        Learner tan = twoConsultationsOfTanAndOneOfLim();
        ScriptedConfirmation confirmation = ScriptedConfirmation.confirming();
        model.actions().confirmationProperty().set(confirmation);
        choose("Tan Ah Kow");
        assertThat(model.actions().canEraseBinding().get()).isTrue();

        model.actions().eraseLearner();

        assertThat(store.findByName("Tan", 5)).isEmpty();
        assertThat(store.consultationsOf(tan.id())).isEmpty();
        assertThat(store.findByName("Lim", 5)).hasSize(1);
        assertThat(store.consultationsOf(store.findByName("Lim", 5).get(0).id())).hasSize(1);
        assertThat(confirmation.asked()).singleElement().satisfies(question -> {
            assertThat(question.heading()).isEqualTo("Erase Tan Ah Kow from this computer?");
            assertThat(question.details()).startsWith("Their contact details, recorded credentials and 2 past "
                    + "consultations are erased from the local database and its files").contains("cannot be undone");
            assertThat(question.action()).isEqualTo("Erase");
        });
        assertThat(model.actions().statusProperty().get()).isEqualTo("Erased Tan Ah Kow and their 2 consultations.");
        assertThat(model.header().learnerProperty().get()).isNull();
        assertThat(model.header().learnerNameProperty().get()).isEmpty();
        assertThat(model.header().learnerContactProperty().get()).isEmpty();
        assertThat(model.picker().entries()).isEmpty();
        // no learner chosen now: History lists everyone's consultations, and Tan's are gone
        assertThat(model.history().entries()).extracting(e -> e.learner().name()).containsExactly("Lim Bee Hoon");
        assertThat(model.actions().canEraseBinding().get()).isFalse();
    }

    @Test
    void cancellingErasesNothingAndKeepsTheConsultationOnScreen() {
        Learner tan = twoConsultationsOfTanAndOneOfLim();
        ScriptedConfirmation confirmation = ScriptedConfirmation.cancelling();
        model.actions().confirmationProperty().set(confirmation);
        choose("Tan Ah Kow");
        int prefilled = model.picker().entries().size();

        model.actions().eraseLearner();

        assertThat(confirmation.asked()).hasSize(1);
        assertThat(store.findByName("Tan", 5)).containsExactly(tan);
        assertThat(store.consultationsOf(tan.id())).hasSize(2);
        assertThat(store.credentialsOf(tan.id())).hasSize(2);
        assertThat(model.header().learnerProperty().get()).isEqualTo(tan);
        assertThat(model.picker().entries()).hasSize(prefilled);
        assertThat(model.history().entries()).hasSize(2);
        assertThat(model.actions().statusProperty().get()).doesNotStartWith("Erased");
    }

    @Test
    void aNewUnsavedLearnerIsNotOfferedForErasure() {
        store.addLearner("Tan Ah Kow", null);
        ScriptedConfirmation confirmation = ScriptedConfirmation.confirming();
        model.actions().confirmationProperty().set(confirmation);
        model.header().learnerNameProperty().set("Tan Ah Kow Jr");

        assertThat(model.actions().canEraseBinding().get()).isFalse();
        model.actions().eraseLearner();

        assertThat(confirmation.asked()).isEmpty();
        assertThat(store.findByName("Tan", 5)).hasSize(1);
        assertThat(model.header().learnerNameProperty().get()).isEqualTo("Tan Ah Kow Jr");
    }

    @Test
    void aReopenedReadOnlyConsultationIsNotOfferedForErasure() {
        Learner tan = twoConsultationsOfTanAndOneOfLim();
        ScriptedConfirmation confirmation = ScriptedConfirmation.confirming();
        model.actions().confirmationProperty().set(confirmation);
        model.actions().open(store.consultationsOf(tan.id()).get(0));
        assertThat(model.readOnlyProperty().get()).isTrue();
        assertThat(model.header().learnerProperty().get()).isEqualTo(tan);

        assertThat(model.actions().canEraseBinding().get()).isFalse();
        model.actions().eraseLearner();

        assertThat(confirmation.asked()).isEmpty();
        assertThat(store.consultationsOf(tan.id())).hasSize(2);
        assertThat(model.readOnlyProperty().get()).isTrue();
    }

    @Test
    void withoutAnyoneToConfirmErasureIsNotOffered() {
        Learner tan = twoConsultationsOfTanAndOneOfLim();
        choose("Tan Ah Kow");

        assertThat(model.actions().canEraseBinding().get()).isFalse();
        model.actions().eraseLearner();

        assertThat(store.consultationsOf(tan.id())).hasSize(2);
    }

    @Test
    void aLearnerWithoutConsultationsIsAskedAboutInOtherWordsAndErased() {
        Learner ong = store.addLearner("Ong Siew Ling", "9123 4567");
        ScriptedConfirmation confirmation = ScriptedConfirmation.confirming();
        model.actions().confirmationProperty().set(confirmation);
        choose("Ong Siew Ling");

        model.actions().eraseLearner();

        assertThat(confirmation.asked()).singleElement().extracting(Confirmation.Question::details).asString()
                .startsWith("Their contact details and recorded credentials are erased");
        assertThat(store.findByName("Ong", 5)).doesNotContain(ong).isEmpty();
        assertThat(model.actions().statusProperty().get())
                .isEqualTo("Erased Ong Siew Ling; there were no saved consultations.");
    }

    @Test
    void aFailedErasureSaysSoAndLeavesTheScreenAsItWas() {
        Learner ong = store.addLearner("Ong Siew Ling", null);
        model.actions().confirmationProperty().set(ScriptedConfirmation.confirming());
        choose("Ong Siew Ling");
        store.eraseLearner(ong.id()); // gone behind the screen's back

        model.actions().eraseLearner();

        assertThat(model.problemProperty().get())
                .isEqualTo("Ong Siew Ling was not erased: This learner is no longer stored, so nothing was erased.");
        assertThat(model.header().learnerProperty().get()).isEqualTo(ong);
        assertThat(model.actions().busyProperty().get()).isFalse();
    }

    @Test
    void theQuestionSaysWhichBackupsAreRewrittenAndWhichDamagedCopiesAreDeleted() {
        Confirmation.Question question = ConsultationActions.erasureQuestion(
                new Learner(7, "Tan Ah Kow", null), new ErasureScope(2, 3, 1));

        assertThat(question.details()).isEqualTo("Their contact details, recorded credentials and 2 past "
                + "consultations are erased from the local database and its files; this cannot be undone.\n\n"
                + "The 3 automatic backups that hold them are rewritten without them; restoring one will not bring "
                + "them back.\n\nA damaged database set aside in the 'damaged' folder holds them; it cannot be "
                + "edited, so it is deleted.");
    }

    @Test
    void anErasureThatLeftSomethingBehindSaysWhereInsteadOfClaimingSuccess() {
        Learner ong = store.addLearner("Ong Siew Ling", "9123 4567");
        model.actions().confirmationProperty().set(ScriptedConfirmation.confirming());
        choose("Ong Siew Ling");
        store.leaveBehind("exemption-advisor.db: another program was reading the database.");

        model.actions().eraseLearner();

        assertThat(store.findByName("Ong", 5)).doesNotContain(ong);
        assertThat(model.problemProperty().get()).isEqualTo("Not everything of Ong Siew Ling is gone yet: "
                + "exemption-advisor.db: another program was reading the database.");
    }
}
