package org.alliancehub.web.infrastructure.client.workspace;

import java.util.List;

/** An account as the content service shows it to an admin ({@code GET /api/accounts}): never a password. */
public record StaffAccount(String id, String username, String displayName, String role, List<String> organizationIds,
                           boolean active, long version) {

    public StaffAccount {
        organizationIds = organizationIds == null ? List.of() : List.copyOf(organizationIds);
    }
}
