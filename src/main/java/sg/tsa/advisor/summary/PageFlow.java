package sg.tsa.advisor.summary;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Places blocks on A4 pages, top to bottom. A block that does not fit starts a new page; a block kept with the
 * next one (a heading) moves with it, so that no heading is left alone at the foot of a page; a block that opens a
 * page mid-table repeats the table's heading above it. Every page gets the running header and, once the number
 * of pages is known, the footer with "Page X of N".
 */
final class PageFlow {
    /** The frame of every page: its header, footer and the area in between. */
    interface Frame {
        /** Draws the header of page {@code index} (0 = first) and returns the top of its body. */
        float drawHeader(Canvas canvas, int index) throws IOException;

        /** The lowest point a block may reach. */
        float bodyBottom();

        void drawFooter(Canvas canvas, int index, int count) throws IOException;
    }

    private final PDDocument document;
    private final Typography type;
    private final Frame frame;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private Canvas canvas;
    private float y;
    private float bodyTop;
    private boolean pageEmpty;

    PageFlow(PDDocument document, Typography type, Frame frame) {
        this.document = document;
        this.type = type;
        this.frame = frame;
    }

    /** Lays out every block, then draws the footers; returns the number of pages. */
    int lay(List<Block> blocks) throws IOException {
        newPage();
        try {
            for (int i = 0; i < blocks.size(); i++) {
                place(blocks, i);
            }
        } finally {
            stream.close();
        }
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                frame.drawFooter(new Canvas(footer, type), i, pages.size());
            }
        }
        return pages.size();
    }

    private void place(List<Block> blocks, int i) throws IOException {
        Block block = blocks.get(i);
        if (block.isSpace()) {
            if (!pageEmpty) {
                y = Math.max(y - block.height(), frame.bodyBottom());
            }
            return;
        }
        if (!pageEmpty && y - keptHeight(blocks, i) < frame.bodyBottom()) {
            stream.close();
            newPage();
        }
        if (pageEmpty && block.continuation() != null) {
            block.continuation().draw(canvas, y);
            y -= block.continuation().height();
        }
        block.draw(canvas, y);
        y -= block.height();
        pageEmpty = false;
    }

    /**
     * The height block {@code i} needs on this page: its own, plus that of the blocks it is kept with. A chain
     * too tall for any page asks only for its first block.
     */
    private float keptHeight(List<Block> blocks, int i) {
        float height = blocks.get(i).height();
        int j = i;
        while ((blocks.get(j).keepWithNext() || (j > i && blocks.get(j).isSpace())) && j + 1 < blocks.size()) {
            j++;
            height += blocks.get(j).height();
        }
        return height > bodyTop - frame.bodyBottom() ? blocks.get(i).height() : height;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        canvas = new Canvas(stream, type);
        bodyTop = frame.drawHeader(canvas, pages.size() - 1);
        y = bodyTop;
        pageEmpty = true;
    }
}
