package org.alliancehub.content.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alliancehub.content.application.AccountService;
import org.alliancehub.content.application.PasswordHasher;
import org.alliancehub.content.application.SignInThrottle;
import org.alliancehub.content.application.TokenIssuer;
import org.alliancehub.domain.model.account.Account;
import org.alliancehub.domain.model.account.AccountRepository;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changing one's own password: the rules for the new one, and the sign-in throttle it shares, without a database. */
class DefaultAccountServiceTest {

    private static final String CURRENT = "current-" + java.util.UUID.randomUUID();
    private static final String NEXT = "next-" + java.util.UUID.randomUUID();
    private static final String ADDRESS = "203.0.113.9";

    private final DefaultAccountService service = new DefaultAccountService();
    private final Map<String, Account> stored = new HashMap<>();
    private Account account;
    private Caller caller;

    @BeforeEach
    void wire() {
        service.accounts = new InMemoryAccounts();
        service.hasher = new PlainHasher();
        service.tokens = new TokenIssuer() {
            @Override
            public IssuedToken issue(Account a) {
                return new IssuedToken("token-" + a.username() + "-" + a.credentialVersion(), OffsetDateTime.now());
            }

            @Override
            public boolean isConfigured() {
                return true;
            }
        };
        account = new Account("ana.lopez", "#" + CURRENT, null, Role.CURATOR, Set.of());
        stored.put(account.id(), account);
        caller = new Caller(account.id(), account.username(), Role.CURATOR, Set.of());
    }

    @Test
    void theRightCurrentPasswordChangesItAndRetiresEarlierTokens() {
        int before = account.credentialVersion();
        service.changePassword(caller, CURRENT, NEXT, ADDRESS);
        assertThat(account.passwordHash()).isEqualTo("#" + NEXT);
        assertThat(account.acceptsTokenOf(before)).isFalse();
        assertThat(service.signIn("ana.lopez", NEXT, ADDRESS).token()).endsWith("-" + account.credentialVersion());
        assertThatThrownBy(() -> service.signIn("ana.lopez", CURRENT, ADDRESS)).isInstanceOf(AccountService.BadCredentials.class);
    }

    @Test
    void aNewPasswordFollowsTheAccountRulesAndIsNeitherTheUsernameNorTheCurrentOne() {
        assertRefused("short-one", "12 to 72 characters");
        assertRefused("x".repeat(73), "12 to 72 characters");
        assertRefused("ñ".repeat(40), "72 bytes");
        assertRefused(null, "12 to 72 characters");
        Account longName = new Account("ana.lopez.gomez", "#" + CURRENT, null, Role.CURATOR, Set.of());
        stored.put(longName.id(), longName);
        assertThatThrownBy(() -> service.changePassword(new Caller(longName.id(), longName.username(), Role.CURATOR, Set.of()),
                CURRENT, "Ana.Lopez.Gomez", ADDRESS))
                .isInstanceOf(AccountService.PasswordRefused.class).hasMessageContaining("username");
        assertRefused(CURRENT, "differ from the current one");
        assertThat(account.passwordHash()).as("a refused change keeps the password").isEqualTo("#" + CURRENT);
    }

    private void assertRefused(String newPassword, String why) {
        assertThatThrownBy(() -> service.changePassword(caller, CURRENT, newPassword, ADDRESS))
                .isInstanceOf(AccountService.PasswordRefused.class)
                .hasMessageContaining(why)
                .extracting(e -> ((AccountService.PasswordRefused) e).field()).isEqualTo("newPassword");
    }

    @Test
    void wrongCurrentPasswordsCountAsFailedSignInsAndAreThrottledTogether() {
        int wrong = 0;
        RuntimeException last = null;
        while (wrong < 10 && !(last instanceof SignInThrottle.TooManyAttempts)) {
            try {
                service.changePassword(caller, "not-the-password-" + wrong, NEXT, ADDRESS);
            } catch (AccountService.WrongPassword | SignInThrottle.TooManyAttempts e) {
                last = e;
            }
            wrong++;
        }
        assertThat(last).as("after " + wrong + " wrong current passwords").isInstanceOf(SignInThrottle.TooManyAttempts.class);
        assertThat(wrong).isEqualTo(6);
        // the throttle is the sign-in's: signing in from there waits as well, even with the right password
        assertThatThrownBy(() -> service.signIn("ana.lopez", CURRENT, ADDRESS)).isInstanceOf(SignInThrottle.TooManyAttempts.class);
        assertThatThrownBy(() -> service.changePassword(caller, CURRENT, NEXT, ADDRESS)).isInstanceOf(SignInThrottle.TooManyAttempts.class);
        assertThat(account.passwordHash()).isEqualTo("#" + CURRENT);
        // another address may still try
        service.changePassword(caller, CURRENT, NEXT, "198.51.100.4");
        assertThat(account.passwordHash()).isEqualTo("#" + NEXT);
    }

    @Test
    void anonymousCallersAndRetiredAccountsCannotChangeAPassword() {
        assertThatThrownBy(() -> service.changePassword(Caller.ANONYMOUS, CURRENT, NEXT, ADDRESS))
                .isInstanceOf(Caller.NotAuthenticated.class);
        account.change(null, Role.CURATOR, Set.of(), false);
        assertThatThrownBy(() -> service.changePassword(caller, CURRENT, NEXT, ADDRESS)).isInstanceOf(Caller.NotAuthenticated.class);
    }

    /** Not a real hash: enough to tell which password is stored. */
    private static final class PlainHasher implements PasswordHasher {
        @Override
        public String hash(String password) {
            return "#" + password;
        }

        @Override
        public boolean matches(String password, String hash) {
            return hash.equals("#" + password);
        }
    }

    private final class InMemoryAccounts implements AccountRepository {
        @Override
        public Optional<Account> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Optional<Account> findByUsername(String normalizedUsername) {
            return stored.values().stream().filter(a -> a.username().equals(normalizedUsername)).findFirst();
        }

        @Override
        public List<Account> list(Filter filter, int offset, int limit) {
            return List.copyOf(stored.values());
        }

        @Override
        public long count(Filter filter) {
            return stored.size();
        }

        @Override
        public void store(Account a) {
            stored.put(a.id(), a);
        }

        @Override
        public void remove(Account a) {
            stored.remove(a.id());
        }
    }
}
