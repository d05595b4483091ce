package sg.tsa.advisor.catalogue.format;

/**
 * One thing wrong with a catalogue file, where it is and what is wrong.
 *
 * @param path    a JSON path such as {@code $.rules[3].requires.allOf[1]}, or {@code $} for the whole file
 * @param message what is wrong, naming the offending value
 */
public record CatalogueProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
