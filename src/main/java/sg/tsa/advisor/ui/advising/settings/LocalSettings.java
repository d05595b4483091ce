package sg.tsa.advisor.ui.advising.settings;

import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.settings.CounsellorQuestion;
import sg.tsa.advisor.storage.settings.Settings;
import sg.tsa.advisor.storage.settings.SettingsRepository;
import sg.tsa.advisor.storage.settings.Theme;
import sg.tsa.advisor.summary.CounsellorName;

/**
 * The settings kept in the local database. Like the history, they are attached once the database is open; until
 * then — or for good, when it cannot be opened — the defaults are read and nothing is remembered (the user was
 * told at start that nothing will be saved).
 */
public final class LocalSettings implements UserSettings {
    private volatile Storage storage;

    /** Called once the local database is open. */
    public void attach(Storage opened) {
        this.storage = opened;
    }

    @Override
    public Snapshot read() {
        Storage open = storage;
        Settings settings = open == null ? Settings.DEFAULTS : open.settings().load();
        int textSize = open == null ? SettingsRepository.DEFAULT_TEXT_SIZE : open.settings().textSize();
        return new Snapshot(CounsellorName.byDefault(settings.counsellorName()), settings.theme() == Theme.DARK,
                textSize);
    }

    @Override
    public void rememberCounsellor(String name) {
        Storage open = storage;
        if (open != null) {
            open.settings().setCounsellorName(name);
        }
    }

    @Override
    public boolean counsellorAsked() {
        Storage open = storage;
        return open == null || new CounsellorQuestion(open.database()).asked();
    }

    @Override
    public void markCounsellorAsked() {
        Storage open = storage;
        if (open != null) {
            new CounsellorQuestion(open.database()).markAsked();
        }
    }

    @Override
    public void rememberTextSize(int percent) {
        Storage open = storage;
        if (open != null) {
            open.settings().setTextSize(percent);
        }
    }

    @Override
    public void rememberDarkTheme(boolean dark) {
        Storage open = storage;
        if (open != null) {
            open.settings().setTheme(dark ? Theme.DARK : Theme.LIGHT);
        }
    }
}
