package org.alliancehub.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.junit.jupiter.api.Test;

class AccountAndCallerTest {

    private final Organization union = new Organization("IUOE", OrganizationType.UNION, null);
    private final Organization other = new Organization("Other union", OrganizationType.UNION, null);
    private final Alliance alliance = new Alliance("A", Agency.OSHA, AllianceLevel.NATIONAL, null, null, List.of(union), null);

    @Test
    void partnersActForOrganizationsAndStaffForNone() {
        assertThatThrownBy(() -> new Account("partner1", "hash", null, Role.PARTNER, Set.of()))
                .hasMessageContaining("at least one organization");
        assertThatThrownBy(() -> new Account("curator1", "hash", null, Role.CURATOR, Set.of(union)))
                .hasMessageContaining("Only partner accounts");
        assertThat(new Account("Ana.Lopez", "hash", "Ana", Role.PARTNER, Set.of(union)).username()).isEqualTo("ana.lopez");
    }

    @Test
    void usernamesAreShortPlainWords() {
        assertThatThrownBy(() -> Account.normalizedUsername("a b")).hasMessageContaining("3 to 100");
        assertThatThrownBy(() -> Account.normalizedUsername("<x>")).hasMessageContaining("3 to 100");
    }

    @Test
    void partnersEditOnlyTheirOwnAlliances() {
        Caller member = new Caller("1", "p", Role.PARTNER, Set.of(union.id()));
        Caller outsider = new Caller("2", "q", Role.PARTNER, Set.of(other.id()));
        Caller curator = new Caller("3", "c", Role.CURATOR, Set.of());

        assertThat(member.mayEditFor(alliance)).isTrue();
        assertThat(outsider.mayEditFor(alliance)).isFalse();
        assertThat(curator.mayEditFor(alliance)).isTrue();
        assertThat(Caller.ANONYMOUS.mayEditFor(alliance)).isFalse();
    }

    @Test
    void roleChecksTellSignInFromForbidden() {
        assertThatThrownBy(() -> Caller.ANONYMOUS.require(Role.CURATOR)).isInstanceOf(Caller.NotAuthenticated.class);
        assertThatThrownBy(() -> new Caller("1", "p", Role.PARTNER, Set.of()).require(Role.CURATOR, Role.ADMIN))
                .isInstanceOf(Caller.NotAuthorized.class).hasMessageContaining("curator");
    }

    @Test
    void aPasswordChangeRetiresTheTokensIssuedBeforeIt() {
        Account account = new Account("ana.lopez", "hash-1", null, Role.CURATOR, Set.of());
        int issuedUnder = account.credentialVersion();
        assertThat(account.acceptsTokenOf(issuedUnder)).isTrue();

        account.changePassword("hash-2");
        assertThat(account.passwordHash()).isEqualTo("hash-2");
        assertThat(account.acceptsTokenOf(issuedUnder)).isFalse();
        assertThat(account.acceptsTokenOf(account.credentialVersion())).isTrue();
        // other changes leave the tokens alone
        int current = account.credentialVersion();
        account.change("Ana", Role.CURATOR, Set.of(), true);
        assertThat(account.acceptsTokenOf(current)).isTrue();
        assertThatThrownBy(() -> account.changePassword(" ")).hasMessageContaining("needs a password");
        assertThat(account.acceptsTokenOf(current)).as("a refused change retires nothing").isTrue();
    }
}
