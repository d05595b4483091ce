package sg.tsa.advisor.evidence;

import sg.tsa.advisor.catalogue.CredentialMatch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The catalogue keys an Open Badges achievement or BadgeClass id gives: itself, and a Credly template if it is one. */
final class CredentialIds {
    private static final Pattern CREDLY_PATH = Pattern.compile(
            "/badge_(?:classes|templates)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
                    + "(?:[/?#.].*)?");

    private CredentialIds() {
    }

    static List<CredentialMatch> keys(String achievementId) {
        List<CredentialMatch> keys = new ArrayList<>();
        if (achievementId == null || achievementId.isBlank()) {
            return keys;
        }
        keys.add(new CredentialMatch.AchievementId(achievementId));
        try {
            URI uri = new URI(achievementId);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean credly = host.equals("credly.com") || host.endsWith(".credly.com")
                    || host.equals("youracclaim.com") || host.endsWith(".youracclaim.com");
            Matcher path = CREDLY_PATH.matcher(uri.getPath() == null ? "" : uri.getPath());
            if (credly && path.find()) {
                keys.add(new CredentialMatch.CredlyTemplate(path.group(1)));
            }
        } catch (java.net.URISyntaxException e) {
            // not a URL: matched by its exact text only
        }
        return keys;
    }
}
