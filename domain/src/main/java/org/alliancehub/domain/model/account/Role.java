package org.alliancehub.domain.model.account;

import java.util.Locale;

/** What an account may do. */
public enum Role {
    /** Acts for one or more participant organizations: edits their alliances' drafts. */
    PARTNER,
    /** Agency staff: review, publish, withdraw, curate; manage alliances and organizations. */
    CURATOR,
    /** Manages accounts. */
    ADMIN;

    /** The name in tokens and role checks ({@code partner}). */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }
}
