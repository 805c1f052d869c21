package org.alliancehub.search.application;

import java.util.List;
import java.util.Optional;

/**
 * The account behind a token as it is now. A token says who its bearer was when it was issued; the
 * account may since have been deactivated, demoted or deleted at the content service, which owns
 * accounts. Answers may be cached briefly (at most a minute).
 */
public interface CurrentAccounts {

    /** {@code roles} are the token claim names, e.g. {@code admin}. */
    record CurrentAccount(String username, boolean active, List<String> roles) {

        public boolean hasRole(String role) {
            return active && roles != null && roles.contains(role);
        }
    }

    /** The bearer's account now; empty when it is deactivated or deleted (the token no longer counts). */
    Optional<CurrentAccount> of(String bearerToken);

    /** The content service could not be asked: the request must fail closed. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
