package org.alliancehub.contracts.account;

import java.util.List;

/**
 * The content service's answer to "who is this bearer now" ({@code GET /content/api/auth/caller}),
 * read by every other service that checks tokens: the account as it is now, not as the token says.
 * Versioned as the other contracts: a reader ignores fields it does not know and refuses another
 * major {@code version}.
 */
public record CurrentAccount(String version, String username, boolean active, List<String> roles) {

    public static final int MAJOR = 1;
    public static final String VERSION = MAJOR + ".0";

    public static CurrentAccount of(String username, List<String> roles) {
        return new CurrentAccount(VERSION, username, true, List.copyOf(roles));
    }

    /** The same major version, any minor; an answer without a version predates versioning and is 1.0. */
    public boolean isUnderstood() {
        if (version == null || version.isBlank()) {
            return true;
        }
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version.strip() : version.substring(0, dot).strip()) == MAJOR;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
