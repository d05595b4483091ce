package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.ui.advising.history.ConsultationDraft;

/**
 * What Ctrl+P hands to the printed summary: the consultation as entered, the catalogue edition, and the advice of
 * the held credentials. Planned credentials are in {@code draft} marked as planned, and only {@code withPlanned}
 * counts them; a summary must never print them as held.
 *
 * @param withPlanned the advice counting the planned credentials too, or null when there are none
 */
public record PrintRequest(ConsultationDraft draft, Catalogue catalogue, Advice advice, Advice withPlanned) {
}
