package sg.tsa.advisor.catalogue.format;

import sg.tsa.advisor.catalogue.Catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The catalogue embedded in the application: the default until the institution's newer file is imported. */
public final class ShippedCatalogue {
    public static final String RESOURCE = "/catalogue/default-catalogue.json";

    private ShippedCatalogue() {
    }

    public static Catalogue load() {
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the application is incomplete: " + RESOURCE + " is missing");
            }
            return CatalogueReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidCatalogueException e) {
            throw new IllegalStateException("the shipped catalogue is invalid:\n" + e.getMessage(), e);
        }
    }
}
