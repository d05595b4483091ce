package sg.tsa.advisor.ui.advising;

import java.util.List;

/**
 * Why a module or certificate is, or is not, exempted for the learner: a verdict and the reasons, one per rule
 * that could exempt it. Plain Java.
 *
 * @param verdictWords the verdict as the counsellor reads it
 * @param subject e.g. "Data Communication and Networking" or "the whole PDC Aquatic Animal Health & Nutrition"
 */
record Explanation(String qualification, String subject, Verdict verdict, String verdictWords, List<String> reasons) {
    enum Verdict {
        EXEMPTED("Exempted"),
        /** Exempted on the assessment date, not on the planned intake date: worded by the report's Wording. */
        NOT_FOR_INTAKE("Exempted today only"),
        ONLY_IF_PLANNED("Exempted only if the planned credentials are attained"),
        NOT_EXEMPTED("Not exempted");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    Explanation {
        reasons = List.copyOf(reasons);
    }
}
