package sg.tsa.advisor.summary;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.Advice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the printable summary is made of. It takes the engine's {@link Advice}, which only ever holds the
 * learner's held credentials, so that planned ("what if") credentials can never be printed as held.
 *
 * @param learner     the learner's name, or null when not given (the summary then leaves a line to write it on)
 * @param counsellor  the counsellor's name, or null
 * @param generatedAt when the summary was made, in the local time of the consultation
 */
public record SummaryRequest(Catalogue catalogue, Advice advice, String learner, String counsellor,
                             LocalDateTime generatedAt) {
    public SummaryRequest {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(generatedAt, "generatedAt");
        learner = blankToNull(learner);
        counsellor = blankToNull(counsellor);
    }

    /** A request stamped with the current time of {@code clock}. */
    public static SummaryRequest of(Catalogue catalogue, Advice advice, String learner, String counsellor,
                                    Clock clock) {
        return new SummaryRequest(catalogue, advice, learner, counsellor,
                LocalDateTime.now(clock).withSecond(0).withNano(0));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
