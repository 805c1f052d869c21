package org.alliancehub.content.infrastructure.security;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.domain.model.account.Account;
import org.alliancehub.domain.model.account.AccountRepository;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of this request, from the token MicroProfile JWT verified. The account is looked up
 * again, so a deactivated account, or one whose organizations changed, acts as it is now.
 */
@RequestScoped
public class CallerProducer {

    @Inject
    HttpServletRequest request;

    @Inject
    AccountRepository accounts;

    /** Dependent scope: Caller is a record, which a normal scope could not proxy. */
    @Produces
    Caller caller() {
        if (!(request.getUserPrincipal() instanceof JsonWebToken jwt) || jwt.getSubject() == null) {
            return Caller.ANONYMOUS;
        }
        return accounts.find(jwt.getSubject())
                .filter(Account::active)
                .map(CallerProducer::callerOf)
                .orElse(Caller.ANONYMOUS);
    }

    private static Caller callerOf(Account account) {
        Set<String> organizationIds = account.organizations().stream().map(o -> o.id()).collect(Collectors.toSet());
        Role role = account.role();
        return new Caller(account.id(), account.username(), role, organizationIds);
    }
}
