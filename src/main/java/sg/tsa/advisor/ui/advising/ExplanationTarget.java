package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.engine.Advice;

import java.util.Objects;

/** A module or a certificate of a qualification, selected to see why it is or is not exempted. */
public record ExplanationTarget(Qualification qualification, CourseModule module, Certificate certificate) {
    public ExplanationTarget {
        Objects.requireNonNull(qualification, "qualification");
        if ((module == null) == (certificate == null)) {
            throw new IllegalArgumentException("exactly one of module and certificate");
        }
    }

    public static ExplanationTarget of(Qualification qualification, CourseModule module) {
        return new ExplanationTarget(qualification, module, null);
    }

    public static ExplanationTarget of(Qualification qualification, Certificate certificate) {
        return new ExplanationTarget(qualification, null, certificate);
    }

    Explanation explain(Explainer explainer, Advice advice, Advice withPlanned) {
        return module != null ? explainer.module(qualification, module, advice, withPlanned)
                : explainer.certificate(qualification, certificate, advice, withPlanned);
    }
}
