package org.alliancehub.content.application;

import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.domain.model.account.Account;

/** An account as admins see it: never the password hash. */
public record AccountView(String id, String username, String displayName, String role, List<String> organizationIds,
                          boolean active, OffsetDateTime createdAt, long version) {

    public static AccountView of(Account account) {
        return new AccountView(account.id(), account.username(), account.displayName(), account.role().claim(),
                account.organizations().stream().map(o -> o.id()).sorted().toList(), account.active(),
                account.createdAt(), account.version());
    }
}
