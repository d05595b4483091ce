package sg.tsa.advisor.catalogue.format;

/**
 * One thing wrong with a catalogue file, where it is and what is wrong.
 *
 * @param path    a JSON path such as {@code $.rules[3].requires.allOf[1]}, or {@code $} for the whole file
 * @param message what is wrong, naming the offending value
 */
public record CatalogueProblem(String path, String message) {
    /** Longest path and message kept: values in them are quoted shortened already; this is the last guard. */
    private static final int LONGEST = 400;

    public CatalogueProblem {
        // A problem is printed on a line of its own: nothing from the file may break the line or hide in it.
        path = Quoted.plain(path, LONGEST);
        message = Quoted.plain(message, LONGEST);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
