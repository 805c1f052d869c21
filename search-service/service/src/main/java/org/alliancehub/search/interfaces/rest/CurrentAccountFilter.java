package org.alliancehub.search.interfaces.rest;

import java.security.Principal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.alliancehub.problem.Problem;
import org.alliancehub.search.application.CurrentAccounts;
import org.alliancehub.search.application.CurrentAccounts.CurrentAccount;

/**
 * MicroProfile JWT has checked the token's signature and expiry; this applies the account as it is
 * now: a deactivated or deleted account is refused (401), and roles are the current ones, not the
 * token's, so a demoted admin is no longer one here. Requests without a token are left alone.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class CurrentAccountFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    CurrentAccounts accounts;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext verified = request.getSecurityContext();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (verified == null || verified.getUserPrincipal() == null || authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        CurrentAccount account;
        try {
            account = accounts.of(authorization.substring(BEARER.length()).strip()).orElse(null);
        } catch (CurrentAccounts.Unavailable e) {
            request.abortWith(Response.fromResponse(Problem.of(503, "account-check-unavailable", "Account check unavailable",
                    "Your account could not be checked just now; please try again shortly.").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, "10").build());
            return;
        }
        if (account == null) {
            request.abortWith(Problem.unauthorizedResponse("This token's account is deactivated or no longer exists; sign in again."));
            return;
        }
        request.setSecurityContext(new CurrentSecurityContext(verified, account));
    }

    /** The verified principal, with the account's current roles. */
    private record CurrentSecurityContext(SecurityContext verified, CurrentAccount account) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return verified.getUserPrincipal();
        }

        @Override
        public boolean isUserInRole(String role) {
            return account.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return verified.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return verified.getAuthenticationScheme();
        }
    }
}
