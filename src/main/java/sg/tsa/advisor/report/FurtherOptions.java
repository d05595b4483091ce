package sg.tsa.advisor.report;

import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.engine.NearMiss;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which near misses are worth showing a person as "further options": those of rules that name a credential the
 * learner entered, at most {@value #SHOWN}. By the format's meaning, with nothing entered every one-credential rule
 * is a near miss — thousands in a large catalogue — so the screen, the printed summary and the text report all
 * show this selection; the JSON report keeps every near miss, as its contract says.
 */
public final class FurtherOptions {
    public static final int SHOWN = 40;

    private FurtherOptions() {
    }

    /** The near misses of rules naming one of the learner's held credentials (counting or not). */
    public static List<NearMiss> of(Advice advice) {
        Set<String> held = new HashSet<>();
        advice.held().stream().map(HeldCredential::credentialId).forEach(held::add);
        return of(advice, held);
    }

    /** The near misses of rules naming one of {@code entered} (held, or planned on the screen). */
    public static List<NearMiss> of(Advice advice, Set<String> entered) {
        List<NearMiss> naming = advice.nearMissesNaming(entered);
        return naming.size() <= SHOWN ? naming : naming.subList(0, SHOWN);
    }
}
