package sg.tsa.advisor.storage.settings;

import java.util.List;

/** A setting that may not be stored as given; every problem is named. Nothing was stored. */
public final class InvalidSettingException extends IllegalArgumentException {
    private final transient List<String> problems;

    public InvalidSettingException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
