package sg.tsa.advisor.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static sg.tsa.advisor.testing.CatalogueBuilder.catalogue;

class CredentialResolverTest {
    final CredentialResolver resolver = new CredentialResolver(catalogue()
            .credential("cisco-ccna", "CCNA", "200-301")
            .credential("aws-saa", "SAA", "Solutions Architect")
            .credential("aws-sap", "SAP", "Solutions Architect")
            .credential("ccna", "old-ccna")
            .credential("x", "cisco-ccna")
            .build());

    @Test
    void anIdOrAnAliasInAnyCase() {
        assertThat(resolver.resolve("aws-saa").id()).isEqualTo("aws-saa");
        assertThat(resolver.resolve("saa").id()).isEqualTo("aws-saa");
        assertThat(resolver.resolve("  200-301 ").id()).isEqualTo("cisco-ccna");
    }

    @Test
    void anIdWinsOverAnotherCredentialsAlias() {
        assertThat(resolver.resolve("CCNA").id()).isEqualTo("ccna");
        assertThat(resolver.resolve("Cisco-CCNA").id()).isEqualTo("cisco-ccna");
    }

    @Test
    void anAliasSharedByTwoCredentialsIsAmbiguous() {
        assertThatThrownBy(() -> resolver.resolve("solutions architect"))
                .isInstanceOf(CredentialResolver.UnknownCredentialException.class)
                .hasMessageContainingAll("ambiguous", "\"solutions architect\"", "aws-saa", "aws-sap");
    }

    @Test
    void anUnknownNameIsNamed() {
        assertThatThrownBy(() -> resolver.resolve("CCNP"))
                .isInstanceOf(CredentialResolver.UnknownCredentialException.class)
                .hasMessageContaining("\"CCNP\"");
    }
}
