package org.alliancehub.web.infrastructure.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Who is signed in to this browser's session, and the content service's token that acts for them.
 * Kept only in the HTTP session on the server: the token never reaches a page, a cookie or the
 * browser's storage, and {@link #toString()} leaves it out of logs. Read without creating a session,
 * so public pages stay session-free.
 */
public final class SignedInAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The session attribute that holds it. */
    static final String SESSION_KEY = SignedInAccount.class.getName();

    private final String username;
    private final String displayName;
    private final Set<String> roles;
    private final List<String> organizationIds;
    private final String token;
    private final Instant expiresAt;

    public SignedInAccount(String username, String displayName, Set<String> roles, List<String> organizationIds, String token,
                           Instant expiresAt) {
        this.username = username;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.organizationIds = List.copyOf(organizationIds);
        this.token = token;
        this.expiresAt = expiresAt;
    }

    /** The account signed in to this request's session, if any (no session is created). */
    public static java.util.Optional<SignedInAccount> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable((SignedInAccount) session.getAttribute(SESSION_KEY));
    }

    public String username() {
        return username;
    }

    /** The name to greet with: the display name, else the username. */
    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean isPartner() {
        return roles.contains("partner");
    }

    /** Manages accounts. */
    public boolean isAdmin() {
        return roles.contains("admin");
    }

    public List<String> organizationIds() {
        return organizationIds;
    }

    /** The value of the Authorization header of the content service's calls made for this account. */
    public String authorization() {
        return "Bearer " + token;
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + username + ", roles=" + roles + ", expiresAt=" + expiresAt + "]";
    }
}
