package sg.tsa.advisor.storage.draft;

import sg.tsa.advisor.storage.Storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link KilledWhileKeepingDraftTest}: keeps drafts one after another until killed. Draft
 * number n is for "Round n" and holds n % 7 credentials, so that a draft read afterwards shows whether it is whole.
 */
public final class DraftKeepingChild {
    static final String KEEPING = "keeping drafts";

    private DraftKeepingChild() {
    }

    public static void main(String[] args) {
        Storage storage = Storage.open(Path.of(args[0]), Clock.systemUTC());
        DraftStore drafts = new DraftStore(storage.database());
        for (int round = 1; ; round++) {
            List<Draft.Item> items = new ArrayList<>();
            for (int i = 0; i < round % 7; i++) {
                items.add(new Draft.Item("credential-" + i, LocalDate.of(2024, 1, 1).plusDays(round), null, false));
            }
            drafts.keep(DraftStoreTest.draft(null, "Round " + round, items.toArray(Draft.Item[]::new)));
            if (round == 1) {
                System.out.println(KEEPING);
                System.out.flush();
            }
        }
    }
}
