package org.alliancehub.contracts.account;

import java.util.List;

import org.alliancehub.contracts.ContractVersion;

/**
 * The content service's answer to "who is this bearer now" ({@code GET /content/api/auth/caller}),
 * read by every other service that checks tokens: the account as it is now, not as the token says.
 * Versioned as the other contracts: a reader ignores fields it does not know and refuses another
 * major {@code contract} version. 1.1 added {@code organizationIds}: the organizations a partner acts
 * for (the portal's workspace lists their alliances).
 */
public record CurrentAccount(String contract, String username, boolean active, List<String> roles,
                             List<String> organizationIds) {

    public static final int MAJOR = 1;
    public static final int MINOR = 1;
    /** A constant (annotations may name it); the contract tests check it is MAJOR.MINOR. */
    public static final String VERSION = "1.1";

    public static CurrentAccount of(String username, List<String> roles, List<String> organizationIds) {
        return new CurrentAccount(VERSION, username, true, List.copyOf(roles), List.copyOf(organizationIds));
    }

    /** Empty when an older service left it out. */
    @Override
    public List<String> organizationIds() {
        return organizationIds == null ? List.of() : organizationIds;
    }

    /** Whether this reader understands the answer (see {@link ContractVersion}). */
    public boolean isUnderstood() {
        return ContractVersion.understands(contract, MAJOR);
    }
}
