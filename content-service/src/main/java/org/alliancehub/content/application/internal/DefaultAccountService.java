package org.alliancehub.content.application.internal;

import java.util.LinkedHashSet;
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
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.content.application.TokenIssuer;
import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.account.Account;
import org.alliancehub.domain.model.account.AccountRepository;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationRepository;

@ApplicationScoped
@Transactional
public class DefaultAccountService implements AccountService {

    private static final Logger LOG = Logger.getLogger(DefaultAccountService.class.getName());
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

    @Override
    public TokenIssuer.IssuedToken signIn(String username, String password) {
        if (!tokens.isConfigured()) {
            throw new SignInUnavailable();
        }
        Account account;
        try {
            account = accounts.findByUsername(Account.normalizedUsername(username)).orElse(null);
        } catch (DomainRuleViolation e) {
            account = null;
        }
        String candidate = password == null ? "" : password;
        // hash even for unknown users, so timing does not tell which usernames exist
        boolean matches = hasher.matches(candidate, account == null ? dummyHash() : account.passwordHash());
        if (account == null || !account.active() || !matches) {
            throw new BadCredentials();
        }
        return tokens.issue(account);
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

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new DomainRuleViolation("account-password",
                    "A password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
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
