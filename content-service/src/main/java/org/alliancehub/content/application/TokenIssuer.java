package org.alliancehub.content.application;

import java.time.OffsetDateTime;

import org.alliancehub.domain.model.account.Account;

/** Issues the signed tokens (MicroProfile JWT format) that every service verifies. */
public interface TokenIssuer {

    record IssuedToken(String token, OffsetDateTime expiresAt) {
    }

    IssuedToken issue(Account account);

    /** Whether a signing key is configured; without one nobody can sign in. */
    boolean isConfigured();
}
