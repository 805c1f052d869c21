package org.alliancehub.domain.model.account;

import java.util.Set;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.alliance.Alliance;

/**
 * Who is asking, as the signed token says: anonymous, or an account with a role and, for partners,
 * the organizations it acts for. Authorization rules live here so they can be tested without a server.
 */
public record Caller(String accountId, String username, Role role, Set<String> organizationIds) {

    public static final Caller ANONYMOUS = new Caller(null, null, null, Set.of());

    public boolean isAnonymous() {
        return accountId == null;
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    public boolean isStaff() {
        return role == Role.CURATOR || role == Role.ADMIN;
    }

    /** Partners act for the alliances their organizations take part in; curators for all. */
    public boolean mayEditFor(Alliance alliance) {
        return isStaff() || (role == Role.PARTNER && alliance.includesAnyOf(organizationIds));
    }

    /** Refuses with {@link NotAuthorized} unless the caller has one of the roles. */
    public void require(Role... roles) {
        if (isAnonymous()) {
            throw new NotAuthenticated();
        }
        for (Role r : roles) {
            if (role == r) {
                return;
            }
        }
        throw new NotAuthorized("This needs the role " + java.util.Arrays.stream(roles).map(Role::claim).toList() + ".");
    }

    /** Signing in is needed. */
    public static class NotAuthenticated extends DomainRuleViolation {
        public NotAuthenticated() {
            super("authentication", "Sign in first: this needs an account.");
        }
    }

    /** Signed in, but not allowed. */
    public static class NotAuthorized extends DomainRuleViolation {
        public NotAuthorized(String message) {
            super("authorization", message);
        }
    }
}
