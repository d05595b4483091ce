package sg.tsa.advisor.catalogue.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.testing.RandomCatalogues;
import sg.tsa.advisor.testing.Seeds;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueRoundTripProperties {

    static LongStream seeds() {
        return Seeds.first(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exportThenReadGivesTheSameCatalogueAndTheSameAdvice(long seed) throws Exception {
        Random random = new Random(seed);
        Catalogue catalogue = RandomCatalogues.catalogue(random);
        List<HeldCredential> held = RandomCatalogues.heldSet(random);

        String written = CatalogueWriter.toString(catalogue);
        Catalogue read = CatalogueReader.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));

        assertThat(CatalogueWriterTest.content(read)).as("seed %d", seed)
                .isEqualTo(CatalogueWriterTest.content(catalogue));
        AdviceRequest request = new AdviceRequest(held, RandomCatalogues.AS_OF);
        assertThat(new ExemptionEngine(read).advise(request)).as("seed %d", seed)
                .isEqualTo(new ExemptionEngine(catalogue).advise(request));
    }
}
