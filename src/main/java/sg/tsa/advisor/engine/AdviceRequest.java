package sg.tsa.advisor.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is assessed: the credentials held, the assessment ("as of") date, and an optional planned intake date.
 *
 * @param intake the planned intake date, after {@code asOf}, or null
 * @throws InvalidAdviceRequestException when a credential is attained after {@code asOf} or the intake is not
 *                                       after it
 */
public record AdviceRequest(List<HeldCredential> held, LocalDate asOf, LocalDate intake) {
    public AdviceRequest {
        held = List.copyOf(held);
        Objects.requireNonNull(asOf, "asOf");
        for (HeldCredential h : held) {
            if (h.attainedOn().isAfter(asOf)) {
                throw new InvalidAdviceRequestException("credential \"" + h.credentialId() + "\" attained on "
                        + h.attainedOn() + ", after the assessment date " + asOf);
            }
        }
        if (intake != null && !intake.isAfter(asOf)) {
            throw new InvalidAdviceRequestException("intake date " + intake + " is not after the assessment date "
                    + asOf);
        }
    }

    public AdviceRequest(List<HeldCredential> held, LocalDate asOf) {
        this(held, asOf, null);
    }
}
