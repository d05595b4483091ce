package sg.tsa.advisor.storage.learner;

import sg.tsa.advisor.privacy.NationalIds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What may be stored about a learner: kept minimal, and never a national identity number: Singapore's
 * NRIC/FIN numbers are refused wherever {@link NationalIds} finds one. Public for
 * the other stores that keep a person's name (the settings' counsellor name).
 */
public final class PersonalData {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,28}");
    public static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4_000;

    private PersonalData() {
    }

    /** Blank text means "not given". */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Problems with free text that may end up in the database, as sentences naming the field. */
    public static void checkText(String field, String value, int max, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
        if (NationalIds.present(value)) {
            problems.add(NationalIds.refusal(field));
        }
    }

    static void checkEmail(String email, List<String> problems) {
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("e-mail \"" + email + "\" is not an e-mail address");
        }
    }

    static void checkPhone(String phone, List<String> problems) {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add("phone \"" + phone + "\" is not a phone number (digits, spaces, +, - and brackets)");
        }
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidLearnerDataException(new ArrayList<>(problems));
        }
    }
}
