package sg.tsa.advisor.engine;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.testing.RandomCatalogues;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

class ExemptionEngineProperties {

    @Provide
    Arbitrary<Catalogue> catalogues() {
        return RandomCatalogues.catalogues();
    }

    @Provide
    Arbitrary<List<HeldCredential>> heldSets() {
        return RandomCatalogues.heldSets();
    }

    @Provide
    Arbitrary<HeldCredential> oneMore() {
        return RandomCatalogues.held();
    }

    /** Every module and certificate exempted, as "qualification/module:id" and "qualification/certificate:id". */
    static Set<String> exemptions(Advice advice) {
        Set<String> exemptions = new TreeSet<>();
        for (QualificationAdvice q : advice.qualifications()) {
            String qualification = q.qualification().id();
            q.exemptedModules().forEach(m -> exemptions.add(qualification + "/module:" + m.id()));
            q.exemptedCertificates().forEach(c -> exemptions.add(qualification + "/certificate:" + c.id()));
        }
        return exemptions;
    }

    @Property(tries = 400)
    void addingAHeldCredentialNeverRemovesAnExemption(@ForAll("catalogues") Catalogue catalogue,
                                                      @ForAll("heldSets") List<HeldCredential> held,
                                                      @ForAll("oneMore") HeldCredential added) {
        ExemptionEngine engine = new ExemptionEngine(catalogue);
        List<HeldCredential> more = new ArrayList<>(held);
        more.add(added);

        Set<String> before = exemptions(engine.advise(new AdviceRequest(held, RandomCatalogues.AS_OF)));
        Set<String> after = exemptions(engine.advise(new AdviceRequest(more, RandomCatalogues.AS_OF)));

        Statistics.label("exempted before").collect(!before.isEmpty());
        Statistics.label("added one").collect(after.size() > before.size());
        Statistics.label("exempted before").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("added one").coverage(c -> c.check(true).percentage(p -> p >= 5));
        if (!after.containsAll(before)) {
            throw new AssertionError("adding " + added + " to " + held + " removed "
                    + before.stream().filter(e -> !after.contains(e)).toList());
        }
    }

    @Property(tries = 300)
    void aGrantedRuleIsNeverANearMissAndEveryNearMissIsMetByAnyOfItsMissingCredentials(
            @ForAll("catalogues") Catalogue catalogue, @ForAll("heldSets") List<HeldCredential> held) {
        ExemptionEngine engine = new ExemptionEngine(catalogue);
        Advice advice = engine.advise(new AdviceRequest(held, RandomCatalogues.AS_OF));

        for (NearMiss miss : advice.nearMisses()) {
            if (advice.outcome(miss.rule()).orElseThrow().granted()) {
                throw new AssertionError("rule " + miss.rule().id() + " is granted and a near miss");
            }
            for (String missing : miss.missing()) {
                List<HeldCredential> more = new ArrayList<>(held);
                more.add(new HeldCredential(missing, RandomCatalogues.AS_OF));
                Advice then = engine.advise(new AdviceRequest(more, RandomCatalogues.AS_OF));
                if (!then.outcome(miss.rule()).orElseThrow().granted()) {
                    throw new AssertionError("adding " + missing + " does not meet near miss " + miss.rule().id());
                }
            }
        }
    }
}
