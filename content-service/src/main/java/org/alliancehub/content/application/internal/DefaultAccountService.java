package org.alliancehub.content.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.AccountService;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.PasswordHasher;
import org.alliancehub.content.application.SignInThrottle;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.content.application.TokenIssuer;
import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.account.Account;
import org.alliancehub.domain.model.account.AccountRepository;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationRepository;
import org.alliancehub.contracts.tracing.TracedLogger;

@ApplicationScoped
@Transactional
public class DefaultAccountService implements AccountService {

    private static final Logger LOG = TracedLogger.of(DefaultAccountService.class);
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 72;

    @Inject
    AccountRepository accounts;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer tokens;

    @Override
    public Account create(Caller caller, AccountDetails details) {
        caller.require(Role.ADMIN);
        String username = Account.normalizedUsername(details.username());
        if (accounts.findByUsername(username).isPresent()) {
            throw new DomainRuleViolation("account-username", "The username '" + username + "' is taken.");
        }
        Account account = new Account(username, hasher.hash(checkedPassword(details.password())), details.displayName(),
                details.role(), organizations(details.organizationIds()));
        accounts.store(account);
        return account;
    }

    @Override
    public Account update(Caller caller, String id, AccountDetails details, Long expectedVersion) {
        caller.require(Role.ADMIN);
        Account account = get(caller, id);
        StaleVersion.requireMatch("account", expectedVersion, account.version());
        if (id.equals(caller.accountId()) && (details.role() != Role.ADMIN || Boolean.FALSE.equals(details.active()))) {
            throw new DomainRuleViolation("account", "Admins cannot demote or deactivate themselves.");
        }
        account.change(details.displayName(), details.role(), organizations(details.organizationIds()),
                details.active() == null || details.active());
        if (details.password() != null && !details.password().isEmpty()) {
            account.changePassword(hasher.hash(checkedPassword(details.password())));
        }
        accounts.store(account);
        return account;
    }

    @Override
    public void delete(Caller caller, String id) {
        caller.require(Role.ADMIN);
        if (id.equals(caller.accountId())) {
            throw new DomainRuleViolation("account", "Admins cannot delete their own account.");
        }
        accounts.remove(get(caller, id));
    }

    @Override
    public Account get(Caller caller, String id) {
        caller.require(Role.ADMIN);
        return accounts.find(id).orElseThrow(() -> new NotFound("account", id));
    }

    @Override
    public Page<Account> list(Caller caller, AccountRepository.Filter filter, PageRequest page) {
        caller.require(Role.ADMIN);
        return new Page<>(accounts.list(filter, page.offset(), page.size()), page.page(), page.size(), accounts.count(filter));
    }

    /*
     * Three counts of failures: one account from one address (the owner mistyping, or a guesser: it
     * waits first), one account from anywhere (guessing spread over many addresses), and one address
     * for any account (one machine trying many accounts). An account's waits stop at a minute, so an
     * attacker can keep its owner out for a minute at most after giving up; an address's grow longer.
     */
    private final SignInThrottle byAccountAndAddress = new SignInThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(1),
            Duration.ofMinutes(15), Clock.systemUTC());
    private final SignInThrottle byAccount = new SignInThrottle(20, Duration.ofSeconds(1), Duration.ofMinutes(1),
            Duration.ofMinutes(15), Clock.systemUTC());
    private final SignInThrottle byAddress = new SignInThrottle(50, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Clock.systemUTC());

    @Override
    public TokenIssuer.IssuedToken signIn(String username, String password, String clientAddress) {
        if (!tokens.isConfigured()) {
            throw new SignInUnavailable();
        }
        Attempt attempt = new Attempt(username, clientAddress);
        attempt.requireNotWaiting();
        Account found;
        try {
            found = accounts.findByUsername(Account.normalizedUsername(username)).orElse(null);
        } catch (DomainRuleViolation e) {
            found = null;
        }
        String candidate = password == null ? "" : password;
        // hash even for unknown users, so timing does not tell which usernames exist
        boolean matches = hasher.matches(candidate, found == null ? dummyHash() : found.passwordHash());
        if (found == null || !found.active() || !matches) {
            attempt.failed();
            throw new BadCredentials();
        }
        attempt.succeeded();
        return tokens.issue(found);
    }

    @Override
    public void changePassword(Caller caller, String currentPassword, String newPassword, String clientAddress) {
        if (caller.isAnonymous()) {
            throw new Caller.NotAuthenticated();
        }
        Account account = accounts.find(caller.accountId()).filter(Account::active).orElseThrow(Caller.NotAuthenticated::new);
        // the same counts as signing in: a stolen token must not become a way to guess the password faster
        Attempt attempt = new Attempt(account.username(), clientAddress);
        attempt.requireNotWaiting();
        String current = currentPassword == null ? "" : currentPassword;
        if (!hasher.matches(current, account.passwordHash())) {
            attempt.failed();
            throw new WrongPassword();
        }
        attempt.succeeded();
        checkNewPassword(account.username(), current, newPassword);
        account.changePassword(hasher.hash(newPassword));
        accounts.store(account);
        LOG.info("The account '" + account.username() + "' changed its password; its earlier tokens no longer count");
    }

    /** The account rules for any password, and for a new one: not the username, not the password it replaces. */
    static void checkNewPassword(String username, String currentPassword, String newPassword) {
        try {
            checkedPassword(newPassword);
        } catch (DomainRuleViolation e) {
            throw new PasswordRefused("newPassword", e.getMessage());
        }
        if (newPassword.strip().equalsIgnoreCase(username)) {
            throw new PasswordRefused("newPassword", "The new password cannot be the username.");
        }
        if (newPassword.equals(currentPassword)) {
            throw new PasswordRefused("newPassword", "The new password must differ from the current one.");
        }
    }

    /**
     * One try of a password for an account from an address, counted three ways (see above). The
     * address count is not cleared by a success: getting one's own password right must not reset a
     * guesser's count.
     */
    private final class Attempt {
        private final String account;
        private final String from;
        private final String pair;

        Attempt(String username, String clientAddress) {
            this.account = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
            this.from = clientAddress == null ? "unknown" : clientAddress;
            this.pair = account + "\n" + from;
        }

        /** While any of the counts waits, not even the right password is checked. */
        void requireNotWaiting() {
            Optional<Duration> wait = longest(byAccountAndAddress.waitFor(pair), byAccount.waitFor(account), byAddress.waitFor(from));
            if (wait.isPresent()) {
                throw new SignInThrottle.TooManyAttempts(wait.get());
            }
        }

        void failed() {
            byAccountAndAddress.failed(pair);
            byAccount.failed(account);
            byAddress.failed(from);
        }

        void succeeded() {
            byAccountAndAddress.succeeded(pair);
            byAccount.succeeded(account);
        }
    }

    @SafeVarargs
    private static Optional<Duration> longest(Optional<Duration>... waits) {
        return java.util.Arrays.stream(waits).flatMap(Optional::stream).max(Duration::compareTo);
    }

    private volatile String dummyHash;

    /** A hash of a random string nobody knows, made once with the real hasher. */
    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash(java.util.UUID.randomUUID().toString());
        }
        return dummyHash;
    }

    @Override
    public void bootstrapAdmin(String password) {
        if (accounts.count() > 0) {
            return;
        }
        accounts.store(new Account("admin", hasher.hash(checkedPassword(password)), "Administrator", Role.ADMIN, Set.of()));
        LOG.info("Created the first account, 'admin' (alliancehub.admin.initial-password)");
    }

    /**
     * bcrypt reads at most 72 bytes of a password, and an accented letter takes two of them in UTF-8:
     * a longer one would be cut without a word (so the rule is said, and kept, in bytes too).
     */
    static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            throw new DomainRuleViolation("account-password",
                    "A password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters, and at most " + MAX_PASSWORD
                            + " bytes in UTF-8 (an accented letter such as ñ or é counts as two).");
        }
        return password;
    }

    private Set<Organization> organizations(Set<String> ids) {
        Set<Organization> result = new LinkedHashSet<>();
        if (ids != null) {
            for (String id : ids) {
                result.add(organizations.find(id).orElseThrow(() -> new NotFound("organization", id)));
            }
        }
        return result;
    }
}
