package org.alliancehub.web.infrastructure.client.workspace;

/**
 * The content service refused a partner's request with a problem: {@code status} and its plain
 * {@code detail} (shown to the partner), and the {@code field} it is about when one is named.
 * 404 means unknown or not the caller's (the two look alike on purpose), 409 a change made meanwhile
 * ({@link #isStale()}), 401 a sign-in that is no longer valid ({@link #isSignInExpired()}).
 */
public class WorkspaceRefusal extends RuntimeException {

    private final int status;
    private final String detail;
    private final String field;

    public WorkspaceRefusal(int status, String detail, String field) {
        super("The content service refused with " + status + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.detail = detail;
        this.field = field;
    }

    public int status() {
        return status;
    }

    /** The service's explanation, in plain words; may be null. */
    public String detail() {
        return detail;
    }

    public String field() {
        return field;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isStale() {
        return status == 409 || status == 412;
    }

    public boolean isSignInExpired() {
        return status == 401;
    }

    public boolean isThrottled() {
        return status == 429;
    }
}
