package sg.tsa.advisor.ui.advising;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import sg.tsa.advisor.catalogue.Credential;

import java.time.LocalDate;

/** One credential of the catalogue as the counsellor sees it: held or not, and when it was attained. */
public final class CredentialChoice {
    private final Credential credential;
    private final String issuerName;
    private final BooleanProperty held = new SimpleBooleanProperty(this, "held");
    private final ObjectProperty<LocalDate> attainedOn = new SimpleObjectProperty<>(this, "attainedOn");

    CredentialChoice(Credential credential, String issuerName, LocalDate initialDate) {
        this.credential = credential;
        this.issuerName = issuerName;
        this.attainedOn.set(initialDate);
    }

    public Credential credential() {
        return credential;
    }

    public String issuerName() {
        return issuerName;
    }

    public BooleanProperty heldProperty() {
        return held;
    }

    public ObjectProperty<LocalDate> attainedOnProperty() {
        return attainedOn;
    }
}
