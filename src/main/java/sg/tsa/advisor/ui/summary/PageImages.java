package sg.tsa.advisor.ui.summary;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages of a PDF as JavaFX images, drawn by PDFBox (so the preview shows exactly what prints) and copied
 * pixel by pixel, without the javafx-swing bridge. Slow: call it in the background.
 */
final class PageImages {
    /** Sharp on a 1.5x screen at the preview's usual width. */
    static final float DPI = 120f;

    private PageImages() {
    }

    static List<Image> render(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Image> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(toFx(renderer.renderImageWithDPI(i, DPI, ImageType.RGB)));
            }
            return pages;
        }
    }

    static Image toFx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return fx;
    }
}
