package sg.tsa.advisor.cli;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.IsoDates;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.InvalidCatalogueException;

import java.nio.file.Path;
import java.time.LocalDate;

/** Reading what the user typed on the command line, with errors that name the value. */
final class Inputs {
    private Inputs() {
    }

    static LocalDate date(String text, String what) {
        LocalDate date = IsoDates.parse(text).orElseThrow(() -> new BadInputException(
                what + ": \"" + text + "\" is not a date written as YYYY-MM-DD"));
        IsoDates.outOfRange(text, date).ifPresent(why -> {
            throw new BadInputException(what + ": " + why);
        });
        return date;
    }

    /** A catalogue file, every problem reported as bad input prefixed with the file's name. */
    static Catalogue catalogueFile(Path file) {
        return catalogue(catalogueBytes(file), file);
    }

    /** The bytes of a catalogue file, read at most once and bounded (a device or a huge file is refused). */
    static byte[] catalogueBytes(Path file) {
        try {
            return CatalogueReader.bytes(file);
        } catch (InvalidCatalogueException e) {
            throw badCatalogue(e, file);
        }
    }

    /** The catalogue in {@code bytes} read from {@code file}: the bytes whose signature was checked, if any. */
    static Catalogue catalogue(byte[] bytes, Path file) {
        try {
            return CatalogueReader.read(bytes, "the file " + file);
        } catch (InvalidCatalogueException e) {
            throw badCatalogue(e, file);
        }
    }

    private static BadInputException badCatalogue(InvalidCatalogueException e, Path file) {
        return new BadInputException(e.lines().stream().map(line -> file + ": " + line).toList());
    }
}
