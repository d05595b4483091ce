package sg.tsa.advisor.summary;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.Advice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
                             LocalDateTime generatedAt, List<NotListed> notListed) {
    /**
     * A credential the learner holds that the recognition list does not name: printed under its own heading,
     * never counted.
     *
     * @param attainedOn when it was attained, or null when not known
     * @param monthOnly  true when only the month was given ({@code attainedOn} is its first day)
     * @param note       the counsellor's note, or null
     */
    public record NotListed(String title, LocalDate attainedOn, boolean monthOnly, String note) {
        public NotListed {
            Objects.requireNonNull(title, "title");
        }

        /** A credential not listed, dated to the day (or not dated). */
        public NotListed(String title, LocalDate attainedOn, String note) {
            this(title, attainedOn, false, note);
        }
    }

    /** A summary with no credential recorded as not listed. */
    public SummaryRequest(Catalogue catalogue, Advice advice, String learner, String counsellor,
                          LocalDateTime generatedAt) {
        this(catalogue, advice, learner, counsellor, generatedAt, List.of());
    }

    public SummaryRequest {
        notListed = List.copyOf(notListed);
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(generatedAt, "generatedAt");
        learner = blankToNull(learner);
        counsellor = blankToNull(counsellor);
    }

    /** A request stamped with the current time of {@code clock}. */
    public static SummaryRequest of(Catalogue catalogue, Advice advice, String learner, String counsellor,
                                    Clock clock) {
        return of(catalogue, advice, learner, counsellor, List.of(), clock);
    }

    /** A request stamped with the current time of {@code clock}, with credentials recorded as not listed. */
    public static SummaryRequest of(Catalogue catalogue, Advice advice, String learner, String counsellor,
                                    List<NotListed> notListed, Clock clock) {
        return new SummaryRequest(catalogue, advice, learner, counsellor,
                LocalDateTime.now(clock).withSecond(0).withNano(0), notListed);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
