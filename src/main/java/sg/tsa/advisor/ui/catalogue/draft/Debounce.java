package sg.tsa.advisor.ui.catalogue.draft;

/** Runs an action once things have been quiet for a moment: each request replaces the one waiting. */
@FunctionalInterface
interface Debounce {
    void request(Runnable action);

    /** No waiting: the action runs at once (for deterministic view-model tests). */
    Debounce NONE = Runnable::run;
}
