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
 * saved or printed with it (decision record 0045). Reads and writes run in the background.
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
                rememberTheme(dark);
            }
        });
        textSize.addListener((obs, old, percent) -> {
            if (!applying) {
                rememberTextSize(percent.intValue());
            }
        });
    }

    void load() {
        background.run(settings::read, this::apply,
                e -> problem.accept("The settings could not be read: " + e.getMessage()));
    }

    void apply(UserSettings.Snapshot snapshot) {
        applying = true;
        try {
            wantDark.set(snapshot.darkTheme());
            darkTheme.set(snapshot.darkTheme());
            wantTextSize.set(TextSize.nearest(snapshot.textSize()));
            textSize.set(wantTextSize.get());
        } finally {
            applying = false;
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
