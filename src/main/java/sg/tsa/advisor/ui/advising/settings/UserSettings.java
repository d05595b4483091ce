package sg.tsa.advisor.ui.advising.settings;

/**
 * The settings the advising screen starts from and remembers: the counsellor's name and the theme. Implemented over
 * the local database ({@link LocalSettings}); every method may block on the disk, so the screen calls them from
 * background tasks only.
 */
public interface UserSettings {

    /**
     * What the screen starts from.
     *
     * @param counsellorName the counsellor's name: the one remembered; null when none is (never the
     *                       operating system's user name)
     * @param darkTheme      whether the dark theme was chosen
     * @param textSize       the window's text size in percent of normal
     */
    record Snapshot(String counsellorName, boolean darkTheme, int textSize) {
        /** At the normal text size. */
        public Snapshot(String counsellorName, boolean darkTheme) {
            this(counsellorName, darkTheme, 100);
        }
    }

    Snapshot read();

    /** Remembers the name as the counsellor's name of the next consultations, and of the next start. */
    void rememberCounsellor(String name);

    void rememberDarkTheme(boolean dark);

    /** Remembers the window's text size (percent of normal) for the next start; settings that keep nothing don't. */
    default void rememberTextSize(int percent) {
    }

    /** Whether the counsellor was already asked for their name (at a first start); true where nothing is kept. */
    default boolean counsellorAsked() {
        return true;
    }

    /** The counsellor answered or skipped the question: it is not asked again. */
    default void markCounsellorAsked() {
    }

    /** Settings that start from {@code counsellorName} and the light theme, and remember nothing. */
    static UserSettings forgetful(String counsellorName) {
        return new UserSettings() {
            @Override
            public Snapshot read() {
                return new Snapshot(counsellorName, false);
            }

            @Override
            public void rememberCounsellor(String name) {
                // remembers nothing
            }

            @Override
            public void rememberDarkTheme(boolean dark) {
                // remembers nothing
            }
        };
    }
}
