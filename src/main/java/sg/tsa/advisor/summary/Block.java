package sg.tsa.advisor.summary;

import java.io.IOException;
import java.util.List;

/**
 * A piece of the summary that is never split across pages: a heading, a table row, a paragraph. {@link PageFlow}
 * places blocks top to bottom and starts a new page when the next one does not fit.
 */
final class Block {
    /** Draws the block with its top edge at {@code top}. */
    interface Drawer {
        void draw(Canvas canvas, float top) throws IOException;
    }

    private final float height;
    private final Drawer drawer;
    private final boolean space;
    private final boolean keepWithNext;
    private final Block continuation;

    private Block(float height, Drawer drawer, boolean space, boolean keepWithNext, Block continuation) {
        this.height = height;
        this.drawer = drawer;
        this.space = space;
        this.keepWithNext = keepWithNext;
        this.continuation = continuation;
    }

    static Block of(float height, Drawer drawer) {
        return new Block(height, drawer, false, false, null);
    }

    /** Empty space, dropped where it would fall at the top of a page. */
    static Block space(float height) {
        return new Block(height, (canvas, top) -> { }, true, false, null);
    }

    /** Several blocks drawn one under the other as one. */
    static Block stack(List<Block> blocks) {
        float total = 0;
        for (Block block : blocks) {
            total += block.height;
        }
        return of(total, (canvas, top) -> {
            float y = top;
            for (Block block : blocks) {
                block.drawer.draw(canvas, y);
                y -= block.height;
            }
        });
    }

    /** The same block, which must stay on the page of the block after it (a heading with its first line). */
    Block keptWithNext() {
        return new Block(height, drawer, space, true, continuation);
    }

    /** The same block, with {@code header} drawn above it when it is the first block of a page. */
    Block continuedUnder(Block header) {
        return new Block(height, drawer, space, keepWithNext, header);
    }

    float height() {
        return height;
    }

    boolean isSpace() {
        return space;
    }

    boolean keepWithNext() {
        return keepWithNext;
    }

    /** What to repeat above this block when it opens a page (a table's heading), or null. */
    Block continuation() {
        return continuation;
    }

    void draw(Canvas canvas, float top) throws IOException {
        drawer.draw(canvas, top);
    }
}
