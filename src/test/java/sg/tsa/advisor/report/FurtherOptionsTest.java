package sg.tsa.advisor.report;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.engine.NearMiss;
import sg.tsa.advisor.testing.CatalogueBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.CatalogueBuilder.allOf;

class FurtherOptionsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private static Advice advise(Catalogue catalogue, HeldCredential... held) {
        return new ExemptionEngine(catalogue).advise(new AdviceRequest(List.of(held), AS_OF));
    }

    @Test
    void onlyRulesNamingACredentialTheLearnerHoldsAreFurtherOptions() {
        Catalogue catalogue = CatalogueBuilder.catalogue().credentials("a", "b", "c")
                .qualification("q", "Q", false, "m1", "m2")
                .moduleRule("r1", "q", "m1", allOf("a", "b"))
                .moduleRule("r2", "q", "m2", "c")
                .build();
        Advice advice = advise(catalogue, new HeldCredential("a", LocalDate.of(2025, 1, 1)));

        assertThat(advice.nearMisses()).extracting(m -> m.rule().id()).containsExactly("r1", "r2");
        assertThat(FurtherOptions.of(advice)).extracting(m -> m.rule().id()).containsExactly("r1");
        assertThat(FurtherOptions.of(advice, Set.of("a", "c"))).extracting(m -> m.rule().id())
                .containsExactly("r1", "r2");
        assertThat(FurtherOptions.of(advise(catalogue))).isEmpty();
    }

    @Test
    void aLapsedHeldCredentialStillMakesItsRulesFurtherOptions() {
        Catalogue catalogue = CatalogueBuilder.catalogue().defaultRecency(4).credentials("a")
                .qualification("q", "Q", false, "m1").moduleRule("r1", "q", "m1", "a").build();
        Advice advice = advise(catalogue, new HeldCredential("a", LocalDate.of(2020, 1, 1)));

        assertThat(FurtherOptions.of(advice)).extracting(NearMiss::missing).containsExactly(List.of("a"));
    }

    @Test
    void atMostShownAreListed() {
        CatalogueBuilder builder = CatalogueBuilder.catalogue().credentials("a").qualification("q", "Q", false);
        String[] others = new String[FurtherOptions.SHOWN + 5];
        for (int i = 0; i < others.length; i++) {
            others[i] = "x" + i;
        }
        builder.credentials(others);
        for (int i = 0; i < others.length; i++) {
            builder.append("$.qualifications[0].modules", moduleJson("m" + i));
            builder.moduleRule("r" + i, "q", "m" + i, allOf("a", others[i]));
        }
        Advice advice = advise(builder.build(), new HeldCredential("a", LocalDate.of(2025, 1, 1)));

        assertThat(advice.nearMisses()).hasSize(others.length);
        assertThat(FurtherOptions.of(advice)).hasSize(FurtherOptions.SHOWN);
    }

    private static com.google.gson.JsonObject moduleJson(String id) {
        com.google.gson.JsonObject module = new com.google.gson.JsonObject();
        module.addProperty("id", id);
        module.addProperty("title", "Module " + id);
        return module;
    }
}
