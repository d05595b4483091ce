package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;

/**
 * One line of the browse view: a certificate or a module of the chosen qualification, what would exempt it, and
 * where the learner stands.
 *
 * @param certificate set for a certificate line, else null
 * @param module      set for a module line, else null
 * @param exemptedBy  e.g. "Cisco Certified Network Associate (CCNA)"; empty when nothing exempts it
 * @param forLearner  "Exempted", "Planned" or "Not exempted"
 */
public record BrowseRow(Certificate certificate, CourseModule module, String title, String kind, String exemptedBy,
                        String forLearner) {
}
