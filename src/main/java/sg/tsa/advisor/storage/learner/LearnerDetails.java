package sg.tsa.advisor.storage.learner;

import java.util.ArrayList;
import java.util.List;

/**
 * What a counsellor enters about a learner: a name, optionally an e-mail address and a phone number, and notes.
 * Blank optional fields become null. A field that may not be stored (no name, a malformed e-mail address, a
 * national identity number anywhere) throws {@link InvalidLearnerDataException} naming every problem.
 */
public record LearnerDetails(String name, String email, String phone, String notes) {
    public LearnerDetails {
        name = name == null ? "" : name.strip();
        email = PersonalData.optional(email);
        phone = PersonalData.optional(phone);
        notes = PersonalData.optional(notes);
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("a learner needs a name");
        }
        PersonalData.checkText("name", name, PersonalData.MAX_NAME, problems);
        PersonalData.checkEmail(email, problems);
        PersonalData.checkPhone(phone, problems);
        PersonalData.checkText("notes", notes, PersonalData.MAX_TEXT, problems);
        PersonalData.throwIfAny(problems);
    }
}
