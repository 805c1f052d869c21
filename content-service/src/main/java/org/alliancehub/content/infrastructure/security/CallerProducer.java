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
 * again, so a deactivated account, or one whose organizations changed, acts as it is now; a token
 * issued before the account's latest password change is anonymous (hence 401).
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
        int credentialVersion = credentialVersion(jwt);
        return accounts.find(jwt.getSubject())
                .filter(Account::active)
                .filter(account -> account.acceptsTokenOf(credentialVersion))
                .map(CallerProducer::callerOf)
                .orElse(Caller.ANONYMOUS);
    }

    /**
     * The credential version the token was issued under. A token without the claim (issued before
     * the claim existed) counts as 0, the version of an account whose password never changed.
     */
    static int credentialVersion(JsonWebToken jwt) {
        Object claim = jwt.getClaim(SigningTokenIssuer.CREDENTIAL_VERSION_CLAIM);
        if (claim instanceof jakarta.json.JsonNumber number) {
            return number.intValue();
        }
        if (claim instanceof Number number) {
            return number.intValue();
        }
        // anything else cannot be a version this service issued
        return claim == null ? 0 : -1;
    }

    private static Caller callerOf(Account account) {
        Set<String> organizationIds = account.organizations().stream().map(o -> o.id()).collect(Collectors.toSet());
        Role role = account.role();
        return new Caller(account.id(), account.username(), role, organizationIds);
    }
}
