package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.text.Counted;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.QualificationAdvice;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Notices a catalogue edition made active elsewhere (another copy of the application, or the command line's
 * {@code catalogue import} and {@code catalogue activate}) and offers to switch to it, saying what the switch
 * would change in the advice on the screen. A check reads the active edition's version in the background and,
 * only when it changed, loads that edition and works out the advice with it there too; the FX Application Thread
 * only compares and draws. A check that fails offers nothing: the next one tries again.
 */
public final class EditionWatch {
    /** @param changesAdvice whether switching changes the exempted modules of the consultation on the screen */
    private record Found(LoadedCatalogue loaded, String text, boolean changesAdvice) {
    }

    private final AdvisingViewModel screen;
    private final BackgroundExecutor background;
    private final Callable<String> activeVersion;
    private final Callable<Catalogue> activeCatalogue;
    private final ReadOnlyStringWrapper offer = new ReadOnlyStringWrapper(this, "offer", "");
    private Found found;
    private String declined;
    private volatile boolean checking;
    /** The next check follows an activation in this application's Catalogue workspace (docs/decisions/0131). */
    private boolean activatedHere;
    private boolean checkAgain;

    /**
     * @param activeVersion   the version of the edition active in the database now, or null when none is known
     *                        (read in the background; cheap)
     * @param activeCatalogue the active edition, whole (read in the background, only when the version changed)
     */
    public EditionWatch(AdvisingViewModel screen, BackgroundExecutor background, Callable<String> activeVersion,
                        Callable<Catalogue> activeCatalogue) {
        this.screen = screen;
        this.background = background;
        this.activeVersion = activeVersion;
        this.activeCatalogue = activeCatalogue;
    }

    /**
     * An edition was made active in this application's Catalogue workspace: the screen switches to it at once
     * when the advice on the screen stays the same with it, else it is offered as an edition made active
     * elsewhere is, saying what would change. FX Application Thread.
     */
    public void activatedHere() {
        activatedHere = true;
        declined = null;
        found = null;
        if (checking) {
            checkAgain = true;
        } else {
            check();
        }
    }

    /** Looks whether another edition became active; offers it when so. FX Application Thread. */
    public void check() {
        LoadedCatalogue current = screen.active();
        if (checking || current == null) {
            return;
        }
        boolean here = activatedHere;
        activatedHere = false;
        String shownVersion = current.catalogue().version();
        String offered = found == null ? null : found.loaded().catalogue().version();
        String skip = declined;
        Advice before = screen.adviceProperty().get();
        checking = true;
        background.run(() -> {
            String now = activeVersion.call();
            if (now == null || now.equals(shownVersion) || now.equals(offered) || now.equals(skip)) {
                return now != null && now.equals(shownVersion) ? new Found(null, "", false) : null;
            }
            LoadedCatalogue loaded = LoadedCatalogue.of(activeCatalogue.call());
            return describe(loaded, before, here);
        }, result -> {
            checking = false;
            if (checkAgain) {
                checkAgain = false;
                check();
                return;
            }
            if (result == null || screen.active() != current) {
                return;
            }
            found = result.loaded() == null ? null : result;
            offer.set(result.text());
            if (here && found != null && !found.changesAdvice()) {
                switchEdition();
            }
        }, e -> {
            checking = false;
            if (checkAgain) {
                checkAgain = false;
                check();
            }
        });
    }

    /** Whether a check is under way: asked, its answer not yet drawn. */
    public boolean checking() {
        return checking;
    }

    /** What switching would change, shown in the banner; empty while there is nothing to offer. */
    public ReadOnlyStringProperty offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** Switches the screen to the edition offered, keeping the consultation in progress. */
    public void switchEdition() {
        if (found != null) {
            screen.switchTo(found.loaded());
        }
        forget();
    }

    /** Keeps the edition shown; this edition is not offered again (a later one is). */
    public void decline() {
        if (found != null) {
            declined = found.loaded().catalogue().version();
        }
        forget();
    }

    private void forget() {
        found = null;
        offer.set("");
    }

    /** Runs in the background: the advice of the same credentials under {@code loaded}, compared with {@code before}. */
    private static Found describe(LoadedCatalogue loaded, Advice before, boolean here) {
        String version = loaded.catalogue().version();
        String head = "Catalogue edition " + version + " was made active "
                + (here ? "in the Catalogue workspace." : "elsewhere.");
        if (before == null || before.held().isEmpty()) {
            return new Found(loaded, head + " Switch to it to advise with it.", false);
        }
        Advice after = loaded.engine().advise(new AdviceRequest(before.held(), before.asOf(), before.intake()));
        Set<String> was = exempted(before);
        Set<String> will = exempted(after);
        int more = (int) will.stream().filter(m -> !was.contains(m)).count();
        int fewer = (int) was.stream().filter(m -> !will.contains(m)).count();
        if (more == 0 && fewer == 0) {
            return new Found(loaded, head + " With it the advice for this learner stays the same.", false);
        }
        String change = more > 0 && fewer > 0 ? modules(more) + " more exempted, " + fewer + " fewer"
                : more > 0 ? modules(more) + " more exempted" : modules(fewer) + " fewer exempted";
        return new Found(loaded, head + " With it: " + change + ".", true);
    }

    private static String modules(int count) {
        return Counted.of(count, "module");
    }

    private static Set<String> exempted(Advice advice) {
        Set<String> modules = new HashSet<>();
        for (QualificationAdvice qualification : advice.qualifications()) {
            qualification.exemptedModules().forEach(m -> modules.add(qualification.qualification().id() + "/" + m.id()));
        }
        return modules;
    }
}
