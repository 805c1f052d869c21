package org.alliancehub.content.application;

import java.util.Set;

import org.alliancehub.domain.model.account.Account;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;

/** Accounts (admins manage them) and signing in. */
public interface AccountService {

    record AccountDetails(String username, String password, String displayName, Role role, Set<String> organizationIds,
                          Boolean active) {
    }

    Account create(Caller caller, AccountDetails details);

    /** {@code expectedVersion}, when given (If-Match), must be the stored version, else {@link StaleVersion} (409). */
    Account update(Caller caller, String id, AccountDetails details, Long expectedVersion);

    void delete(Caller caller, String id);

    Account get(Caller caller, String id);

    Page<Account> list(Caller caller, org.alliancehub.domain.model.account.AccountRepository.Filter filter, PageRequest page);

    /**
     * A token for the right username and password of an active account; otherwise {@link BadCredentials}.
     * Repeated failures for the account, or from {@code clientAddress}, make further attempts wait
     * ({@link SignInThrottle.TooManyAttempts}).
     */
    TokenIssuer.IssuedToken signIn(String username, String password, String clientAddress);

    /** Creates the account "admin" with this password when there is no account at all (first start). */
    void bootstrapAdmin(String password);

    /** Wrong username or password; the message never says which. */
    class BadCredentials extends RuntimeException {
        public BadCredentials() {
            super("Unknown username or wrong password.");
        }
    }

    /** Signing in is not configured (no signing key). */
    class SignInUnavailable extends RuntimeException {
        public SignInUnavailable() {
            super("Signing in is not configured on this server (alliancehub.jwt.private-key).");
        }
    }
}
