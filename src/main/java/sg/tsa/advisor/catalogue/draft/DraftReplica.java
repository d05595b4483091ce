package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonObject;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A second copy of a draft for background work: the editing thread records each edit (its values copied, a few
 * bytes), and a background task replays them before copying the tree to check or keep it. The editing thread
 * never copies the whole draft (on the 20,000-rule catalogue that took tens of milliseconds at every pause).
 * Thread-safe.
 */
public final class DraftReplica {
    private final Queue<Edit> pending = new ConcurrentLinkedQueue<>();
    private final JsonObject tree;

    /** @param copy a copy of the draft as it is now, which this replica takes over */
    public DraftReplica(JsonObject copy) {
        this.tree = copy;
    }

    /** A replica following {@code draft}: its edits from now on are recorded as they are made. */
    public static DraftReplica of(DraftDocument draft) {
        DraftReplica replica = new DraftReplica(draft.snapshot());
        draft.addListener(replica::record);
        return replica;
    }

    /** Records an edit just applied to the draft; call on the editing thread, right after it. */
    public void record(Edit edit) {
        pending.add(edit.detached());
    }

    /** A copy of the draft with every edit recorded so far; call from a background task. */
    public synchronized JsonObject copy() {
        for (Edit edit = pending.poll(); edit != null; edit = pending.poll()) {
            edit.apply(tree);
        }
        return tree.deepCopy();
    }
}
