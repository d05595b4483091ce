package sg.tsa.advisor.catalogue.format;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.testing.RandomCatalogues;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueRoundTripProperties {

    @Provide
    Arbitrary<Catalogue> catalogues() {
        return RandomCatalogues.catalogues();
    }

    @Provide
    Arbitrary<List<HeldCredential>> heldSets() {
        return RandomCatalogues.heldSets();
    }

    @Property(tries = 300)
    void exportThenReadGivesTheSameCatalogueAndTheSameAdvice(@ForAll("catalogues") Catalogue catalogue,
                                                             @ForAll("heldSets") List<HeldCredential> held)
            throws Exception {
        String written = CatalogueWriter.toString(catalogue);
        Catalogue read = CatalogueReader.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));

        assertThat(CatalogueWriterTest.content(read)).isEqualTo(CatalogueWriterTest.content(catalogue));
        AdviceRequest request = new AdviceRequest(held, RandomCatalogues.AS_OF);
        assertThat(new ExemptionEngine(read).advise(request))
                .isEqualTo(new ExemptionEngine(catalogue).advise(request));
    }
}
