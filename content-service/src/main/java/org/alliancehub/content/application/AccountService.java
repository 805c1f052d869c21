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

    /**
     * The signed-in caller changes its own password. A wrong {@code currentPassword} is
     * {@link WrongPassword} and counts as a failed sign-in of the account from {@code clientAddress},
     * so it is throttled as signing in is ({@link SignInThrottle.TooManyAttempts}); a new password
     * that breaks the rules is {@link PasswordRefused}. Every token issued before the change stops
     * counting, the one of this request too.
     */
    void changePassword(Caller caller, String currentPassword, String newPassword, String clientAddress);

    /** Creates the account "admin" with this password when there is no account at all (first start). */
    void bootstrapAdmin(String password);

    /** Wrong username or password; the message never says which. */
    class BadCredentials extends RuntimeException {
        public BadCredentials() {
            super("Unknown username or wrong password.");
        }
    }

    /** The current password given to change it is wrong. */
    class WrongPassword extends RuntimeException {
        public WrongPassword() {
            super("The current password is wrong.");
        }
    }

    /** A new password that breaks a rule; {@link #field()} names the input. */
    class PasswordRefused extends RuntimeException {
        private final String field;

        public PasswordRefused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Signing in is not configured (no signing key). */
    class SignInUnavailable extends RuntimeException {
        public SignInUnavailable() {
            super("Signing in is not configured on this server (alliancehub.jwt.private-key).");
        }
    }
}
