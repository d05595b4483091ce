package sg.tsa.advisor.storage.cataloguedraft;

import java.util.List;

/** Publishing was refused before anything was written; the reasons say what to change. */
public final class PublishRefusedException extends Exception {
    private final transient List<String> reasons;

    public PublishRefusedException(List<String> reasons) {
        super(String.join("\n", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
