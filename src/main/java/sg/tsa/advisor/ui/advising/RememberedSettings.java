package sg.tsa.advisor.ui.advising;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import sg.tsa.advisor.ui.BackgroundExecutor;
import sg.tsa.advisor.ui.advising.settings.UserSettings;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The screen's side of {@link UserSettings}: applies what was read (the theme; the counsellor's name unless it was
 * already changed) and remembers the theme and the text size when they are changed and the counsellor's name when a consultation is
 * saved or printed with it (decision record 0045). Until the stored settings arrive the window shows the look it
 * was started with, and a theme or text size chosen meanwhile wins over the stored one (decision record 0145). Reads
 * and writes run in the background.
 */
final class RememberedSettings {
    private final BackgroundExecutor background;
    private final UserSettings settings;
    private final ConsultationHeaderModel header;
    private final BooleanProperty darkTheme;
    private final IntegerProperty textSize;
    /** The text size last chosen; read by the background write, as {@link #wantDark} is. */
    private final AtomicInteger wantTextSize = new AtomicInteger(TextSize.NORMAL);
    private final Consumer<String> problem;
    /** The theme last chosen; read by the background write so that quick switches end on the last one. */
    private final AtomicBoolean wantDark = new AtomicBoolean();
    /** Writes are made one at a time, so that a later choice is never overwritten by an earlier one. */
    private final Object writing = new Object();
    private final ReadOnlyBooleanWrapper askCounsellor = new ReadOnlyBooleanWrapper(this, "askCounsellor");
    private boolean applying;
    /** Whether the stored settings were applied once; until then the window shows the look it was started with. */
    private boolean arrived;
    /** The theme or the text size was chosen before the stored settings arrived: the choice wins over them. */
    private boolean themeChosenEarly;
    private boolean textSizeChosenEarly;
    private String remembered;

    RememberedSettings(BackgroundExecutor background, UserSettings settings, ConsultationHeaderModel header,
                       BooleanProperty darkTheme, IntegerProperty textSize, Consumer<String> problem) {
        this.background = background;
        this.settings = settings;
        this.header = header;
        this.darkTheme = darkTheme;
        this.textSize = textSize;
        this.problem = problem;
        this.remembered = header.counsellorProperty().get();
        darkTheme.addListener((obs, old, dark) -> {
            if (!applying) {
                themeChosenEarly |= !arrived;
                rememberTheme(dark);
            }
        });
        textSize.addListener((obs, old, percent) -> {
            if (!applying) {
                textSizeChosenEarly |= !arrived;
                rememberTextSize(percent.intValue());
            }
        });
    }

    /**
     * Shows a look before the stored settings arrive (the one the window was last left with), remembering nothing:
     * it came from the settings.
     */
    void assumeLook(boolean dark, int percent) {
        applying = true;
        try {
            wantDark.set(dark);
            darkTheme.set(dark);
            wantTextSize.set(TextSize.nearest(percent));
            textSize.set(wantTextSize.get());
        } finally {
            applying = false;
        }
    }

    void load() {
        background.run(settings::read, this::apply,
                e -> problem.accept("The settings could not be read: " + e.getMessage()));
    }

    /**
     * Applies what was read. A theme or text size the counsellor chose before the settings first arrived is kept
     * rather than replaced, and stored now: when it was chosen, there may have been nowhere to store it yet.
     */
    void apply(UserSettings.Snapshot snapshot) {
        boolean keepTheme = themeChosenEarly;
        boolean keepTextSize = textSizeChosenEarly;
        themeChosenEarly = false;
        textSizeChosenEarly = false;
        arrived = true;
        assumeLook(keepTheme ? darkTheme.get() : snapshot.darkTheme(),
                keepTextSize ? textSize.get() : snapshot.textSize());
        if (keepTheme && darkTheme.get() != snapshot.darkTheme()) {
            rememberTheme(darkTheme.get());
        }
        if (keepTextSize && textSize.get() != snapshot.textSize()) {
            rememberTextSize(textSize.get());
        }
        remembered = snapshot.counsellorName() == null ? "" : snapshot.counsellorName();
        header.adoptCounsellor(remembered);
        if (remembered.isEmpty()) {
            background.run(settings::counsellorAsked, asked -> askCounsellor.set(!asked
                            && header.counsellorProperty().get().isBlank()),
                    e -> problem.accept("The settings could not be read: " + e.getMessage()));
        }
    }

    /**
     * The first start's question answered: {@code name} becomes the counsellor's name (remembered), or null when
     * the question was skipped (the name stays blank). Either way it is not asked again.
     */
    void answerCounsellorQuestion(String name) {
        askCounsellor.set(false);
        if (name != null && !name.isBlank()) {
            header.adoptCounsellor(name.strip());
            counsellorUsed(name.strip());
        }
        background.run(() -> {
            synchronized (writing) {
                settings.markCounsellorAsked();
            }
            return null;
        }, done -> { }, e -> problem.accept("The settings could not be written: " + e.getMessage()));
    }

    /** True while the first start's question for the counsellor's name is waiting for an answer. */
    ReadOnlyBooleanProperty askCounsellorProperty() {
        return askCounsellor.getReadOnlyProperty();
    }

    private void rememberTheme(boolean dark) {
        wantDark.set(dark);
        background.run(() -> {
            synchronized (writing) {
                settings.rememberDarkTheme(wantDark.get());
            }
            return null;
        }, done -> { }, e -> problem.accept("The theme was not remembered: " + e.getMessage()));
    }

    private void rememberTextSize(int percent) {
        wantTextSize.set(percent);
        background.run(() -> {
            synchronized (writing) {
                settings.rememberTextSize(wantTextSize.get());
            }
            return null;
        }, done -> { }, e -> problem.accept("The text size was not remembered: " + e.getMessage()));
    }

    /** A consultation was saved or printed with this counsellor's name: it becomes the remembered one. */
    void counsellorUsed(String name) {
        if (name == null || name.isBlank() || name.equals(remembered)) {
            return;
        }
        String before = remembered;
        remembered = name;
        background.run(() -> {
            synchronized (writing) {
                settings.rememberCounsellor(name);
            }
            return null;
        }, done -> { }, e -> {
            remembered = before;
            problem.accept("The counsellor's name was not remembered: " + e.getMessage());
        });
    }
}
