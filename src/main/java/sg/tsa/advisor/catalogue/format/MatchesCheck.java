package sg.tsa.advisor.catalogue.format;

import sg.tsa.advisor.catalogue.CredentialMatch;
import sg.tsa.advisor.catalogue.format.CatalogueJson.MatchJson;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the optional {@code matches} of credentials (catalogue format, "Addition: matching digital credential
 * files"). One instance checks one file: a match named by two credentials would make a file ambiguous, so it is
 * an error wherever it appears a second time.
 */
final class MatchesCheck {
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern STORE = Pattern.compile("0x[0-9a-fA-F]{40}");

    private final List<CatalogueProblem> problems;
    private final Checks check;
    /** Each match seen so far, with the credential that named it. */
    private final Map<CredentialMatch, String> owners = new HashMap<>();

    MatchesCheck(List<CatalogueProblem> problems) {
        this.problems = problems;
        this.check = new Checks(problems);
    }

    /** The valid matches of one credential; problems are collected. {@code credentialId} may be null. */
    List<CredentialMatch> check(List<MatchJson> matches, String credentialId, String credentialPath) {
        List<CredentialMatch> valid = new ArrayList<>();
        if (matches == null) {
            return valid;
        }
        for (int i = 0; i < matches.size(); i++) {
            String path = credentialPath + ".matches[" + i + "]";
            CredentialMatch match = match(matches.get(i), path);
            if (match == null) {
                continue;
            }
            String owner = owners.putIfAbsent(match, String.valueOf(credentialId));
            if (owner != null) {
                problems.add(new CatalogueProblem(path, describe(match) + " already matches credential \""
                        + owner + "\": a file must be recognised as one credential only"));
            } else {
                valid.add(match);
            }
        }
        return valid;
    }

    private CredentialMatch match(MatchJson json, String path) {
        int set = (json.achievementId != null ? 1 : 0) + (json.credlyTemplate != null ? 1 : 0)
                + (json.openCerts != null ? 1 : 0);
        if (set != 1) {
            problems.add(new CatalogueProblem(path,
                    "needs exactly one of \"achievementId\", \"credlyTemplate\" or \"openCerts\""));
            return null;
        }
        if (json.achievementId != null) {
            return achievementId(json.achievementId, path + ".achievementId");
        }
        if (json.credlyTemplate != null) {
            String uuid = json.credlyTemplate.strip();
            if (!UUID.matcher(uuid).matches()) {
                problems.add(new CatalogueProblem(path + ".credlyTemplate", "\"" + json.credlyTemplate
                        + "\" is not a Credly badge template UUID (like 0e8a3b2c-5d9f-4e61-a1b7-2f3c4d5e6f70)"));
                return null;
            }
            return new CredentialMatch.CredlyTemplate(uuid);
        }
        String storePath = path + ".openCerts.store";
        String store = check.text(json.openCerts.store, storePath);
        String name = check.text(json.openCerts.name, path + ".openCerts.name");
        if (store != null && !STORE.matcher(store).matches()) {
            problems.add(new CatalogueProblem(storePath, "\"" + store
                    + "\" is not a document store address (0x and 40 hexadecimal digits)"));
            return null;
        }
        return store == null || name == null ? null : new CredentialMatch.OpenCerts(store, name);
    }

    private CredentialMatch achievementId(String value, String path) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && !value.isBlank() && value.equals(value.strip())) {
                return new CredentialMatch.AchievementId(value);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(new CatalogueProblem(path, "\"" + value
                + "\" is not an absolute URI (an achievement or BadgeClass id such as https://… or urn:uuid:…)"));
        return null;
    }

    private static String describe(CredentialMatch match) {
        if (match instanceof CredentialMatch.AchievementId a) {
            return "achievement \"" + a.uri() + "\"";
        }
        if (match instanceof CredentialMatch.CredlyTemplate c) {
            return "Credly template \"" + c.uuid() + "\"";
        }
        CredentialMatch.OpenCerts o = (CredentialMatch.OpenCerts) match;
        return "OpenCerts \"" + o.name() + "\" from " + o.store();
    }
}
