package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.CredentialSearch;
import sg.tsa.advisor.engine.ExemptionEngine;

/**
 * A catalogue edition with everything the screen prepares from it once: the engine, the type-ahead index and the
 * reverse rule index. Built in a background task; immutable afterwards. Plain Java.
 */
record LoadedCatalogue(Catalogue catalogue, ExemptionEngine engine, CredentialSearch search, RuleIndex index,
                       Explainer explainer) {

    static LoadedCatalogue of(Catalogue catalogue) {
        RuleIndex index = new RuleIndex(catalogue);
        return new LoadedCatalogue(catalogue, new ExemptionEngine(catalogue), new CredentialSearch(catalogue), index,
                new Explainer(index));
    }
}
