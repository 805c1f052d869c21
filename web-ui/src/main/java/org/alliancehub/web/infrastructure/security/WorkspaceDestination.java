package org.alliancehub.web.infrastructure.security;

/**
 * Where a sign-in leads: back to the workspace page that asked for it, never elsewhere. A
 * {@code next} address that is not a path of the portal's own workspace (an absolute URL, a
 * scheme-relative {@code //host}, a back-slash trick, a public page) gives the dashboard, so the
 * sign-in page cannot be used as an open redirect.
 */
public final class WorkspaceDestination {

    /** The partner's dashboard, relative to the portal's context path. */
    public static final String DASHBOARD = "/partner/";

    private WorkspaceDestination() {
    }

    /** The staff's review queue, where a curator's or admin's sign-in leads by default. */
    public static final String REVIEW_QUEUE = "/staff/";

    /** {@code next} when it is a workspace path with an optional query, else the partner's dashboard. */
    public static String of(String next) {
        return of(next, DASHBOARD);
    }

    /** {@code next} when it is a workspace path with an optional query, else the account's own start page. */
    public static String of(String next, String home) {
        if (next == null || next.isBlank() || next.length() > 1000) {
            return home;
        }
        String path = next.strip();
        boolean workspace = path.startsWith("/partner/") || path.startsWith("/account/") || path.startsWith("/staff/");
        boolean plain = path.chars().allMatch(c -> c > 0x20 && c < 0x7f) && !path.contains("\\") && !path.contains("//")
                && !path.contains("..") && !path.startsWith("/account/sign-in");
        return workspace && plain ? path : home;
    }
}
