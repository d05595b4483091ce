package sg.tsa.advisor.summary;

/**
 * The counsellor's name when none is given. For now the operating system's user name; this is the one place the
 * settings will replace once they exist.
 */
public final class CounsellorName {
    private CounsellorName() {
    }

    public static String byDefault() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? null : name;
    }
}
