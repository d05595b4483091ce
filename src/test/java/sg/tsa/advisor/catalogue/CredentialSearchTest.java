package sg.tsa.advisor.catalogue;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialSearchTest {
    private final CredentialSearch search = new CredentialSearch(ShippedCatalogue.load());

    private List<String> ids(String query) {
        return search.find(query, 10).stream().map(Credential::id).toList();
    }

    @Test
    void anAliasTypedInAnyCaseComesFirst() {
        assertThat(ids("ccna")).first().isEqualTo("cisco-ccna");
        assertThat(ids("SAA")).first().isEqualTo("aws-saa");
        assertThat(ids("saa-c03")).containsExactly("aws-saa");
    }

    @Test
    void anIssuerFindsAllItsCredentials() {
        assertThat(ids("udacity")).containsExactlyInAnyOrder("udacity-aipnd", "udacity-mltf", "udacity-ba");
        assertThat(ids("aws")).containsExactlyInAnyOrder("aws-saa", "aws-sap");
        assertThat(ids("amazon")).containsExactlyInAnyOrder("aws-saa", "aws-sap");
    }

    @Test
    void everyWordMustMatchSomewhere() {
        assertThat(ids("aws professional")).containsExactly("aws-sap");
        assertThat(ids("machine tensorflow")).containsExactly("udacity-mltf");
        assertThat(ids("cisco professional")).isEmpty();
    }

    @Test
    void codesAndTitleWordsMatchAsPrefixes() {
        assertThat(ids("200-301")).containsExactly("cisco-ccna");
        assertThat(ids("aqua")).containsExactly("tp-aahn");
        assertThat(ids("network")).containsExactly("cisco-ccna");
    }

    @Test
    void blankOrUnknownFindsNothingAndTheLimitHolds() {
        assertThat(ids("  ")).isEmpty();
        assertThat(ids("zzz")).isEmpty();
        assertThat(search.find("a", 2)).hasSize(2);
    }

    @Test
    void aWordWithATypoStillFindsTheCredential() {
        assertThat(ids("ccan")).first().isEqualTo("cisco-ccna");
        assertThat(ids("aws archtect")).containsExactlyInAnyOrder("aws-saa", "aws-sap");
        assertThat(ids("udacty")).containsExactlyInAnyOrder("udacity-aipnd", "udacity-mltf", "udacity-ba");
        assertThat(ids("tensorflwo machine")).containsExactly("udacity-mltf");
    }

    @Test
    void wordsMatchInAnyOrder() {
        assertThat(ids("professional aws")).containsExactly("aws-sap");
        assertThat(ids("architect solutions aws associate")).first().isEqualTo("aws-saa");
    }

    @Test
    void exactMatchesComeBeforeTyposAndTyposAreMarked() {
        List<CredentialSearch.Match> found = search.search("network", 10);
        assertThat(found).extracting(m -> m.credential().id()).first().isEqualTo("cisco-ccna");
        assertThat(found.get(0).approximate()).isFalse();
        assertThat(search.search("ccan", 10).get(0).approximate()).isTrue();
    }

    @Test
    void shortWordsAndFarWordsAreNotGuessed() {
        assertThat(ids("cca")).isEmpty();
        assertThat(ids("comptia security")).isEmpty();
        assertThat(ids("ccxx")).isEmpty();
    }
}
