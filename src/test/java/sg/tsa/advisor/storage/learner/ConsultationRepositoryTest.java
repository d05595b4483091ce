package sg.tsa.advisor.storage.learner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.report.JsonReport;
import sg.tsa.advisor.storage.Storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsultationRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @TempDir
    Path temp;
    private Storage storage;
    private long learner;

    @BeforeEach
    void open() {
        storage = Storage.open(temp.resolve("data"), CLOCK);
        learner = storage.learners().create(new LearnerDetails("Nur Aisyah", null, null, null)).id();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void aConsultationIsSavedReadAnnotatedListedAndDeleted() {
        Catalogue catalogue = storage.catalogues().activeCatalogue();
        Advice advice = advise(catalogue);
        ConsultationRepository consultations = storage.consultations();

        Consultation first = consultations.record(learner, Instant.parse("2026-11-01T03:00:00Z"), "Mr Lee",
                catalogue, advice);
        Consultation second = consultations.save(learner, Instant.parse("2026-11-20T03:00:00Z"), null, AS_OF,
                AS_OF.plusMonths(4), catalogue.version(), "{}", "follow up in April");

        assertThat(consultations.find(first.id())).contains(first);
        assertThat(first.reportJson()).isEqualTo(JsonReport.render(catalogue, advice));
        assertThat(first.catalogueVersion()).isEqualTo(catalogue.version());
        assertThat(consultations.forLearner(learner)).containsExactly(second, first);
        assertThat(consultations.countFor(learner)).isEqualTo(2);
        assertThat(consultations.countFor(learner + 1)).isZero();

        Consultation annotated = consultations.updateNotes(first.id(), "sent the summary by e-mail").orElseThrow();
        assertThat(annotated.notes()).isEqualTo("sent the summary by e-mail");
        assertThat(annotated.reportJson()).isEqualTo(first.reportJson());

        assertThat(consultations.delete(second.id())).isTrue();
        assertThat(consultations.forLearner(learner)).containsExactly(annotated);
        storage.learners().delete(learner);
        assertThat(consultations.find(first.id())).isEmpty();
    }

    @Test
    void aSavedConsultationReadsTheSameAfterANewEditionIsActivated() {
        Catalogue old = storage.catalogues().activeCatalogue();
        Consultation saved = storage.consultations().record(learner, CLOCK.instant(), "Ms Goh", old, advise(old));

        storage.catalogues().importCatalogue(withoutRulesAndRenamed(old));
        Catalogue now = storage.catalogues().activeCatalogue();

        assertThat(now.version()).isNotEqualTo(old.version());
        assertThat(JsonReport.render(now, advise(now))).isNotEqualTo(saved.reportJson());
        Consultation reread = storage.consultations().find(saved.id()).orElseThrow();
        assertThat(reread).isEqualTo(saved);
        assertThat(reread.reportJson()).contains("\"version\": \"" + old.version() + "\"")
                .contains("\"exemptedModules\"");
    }

    private static Advice advise(Catalogue catalogue) {
        return new ExemptionEngine(catalogue).advise(new AdviceRequest(
                List.of(new HeldCredential("cisco-ccna", LocalDate.of(2024, 6, 1))), AS_OF));
    }

    /** The next edition: qualifications renamed and every rule withdrawn, so the same learner gets nothing. */
    private static Catalogue withoutRulesAndRenamed(Catalogue c) {
        List<Qualification> renamed = c.qualifications().stream().map(q -> new Qualification(q.id(), q.code(),
                q.title() + " (2027 syllabus)", q.level(), q.structureComplete(), q.modules(), q.certificates()))
                .toList();
        return new Catalogue(c.version() + "-next", c.publishedOn().plusMonths(2), c.institution(),
                c.contact().orElse(null), c.sources(), c.defaultRecencyYears(), c.issuers(), c.credentials(),
                renamed, List.<Rule>of());
    }

    @Test
    void aDateGivenAsAMonthAloneIsStoredAsAMonthWithTheConsultationAndTheLearner() {
        Visit visit = new Visit(learner, new LearnerDetails("Nur Aisyah", null, null, null),
                List.of(new HeldEntry("cisco-ccna", LocalDate.of(2024, 6, 1), null, true),
                        new HeldEntry("aws-saa", LocalDate.of(2023, 1, 10), "badge seen", false)),
                CLOCK.instant(), "Mr Lee", AS_OF, null, "2026.11", "{}",
                List.of(new UnlistedEntry("CompTIA Security+", LocalDate.of(2023, 3, 1), null, true)));

        Consultation saved = storage.consultations().record(visit);

        assertThat(storage.consultations().entered(saved.id())).extracting(HeldEntry::monthOnly)
                .containsExactly(true, false);
        assertThat(storage.consultations().unlisted(saved.id())).extracting(UnlistedEntry::monthOnly)
                .containsExactly(true);
        assertThat(storage.learners().credentials(learner))
                .extracting(LearnerCredential::credentialId, LearnerCredential::monthOnly)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("aws-saa", false),
                        org.assertj.core.groups.Tuple.tuple("cisco-ccna", true));
    }
}
