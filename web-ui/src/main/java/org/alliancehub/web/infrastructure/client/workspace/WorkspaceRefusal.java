package org.alliancehub.web.infrastructure.client.workspace;

/**
 * The content service refused a partner's request with a problem: {@code status} and its plain
 * {@code detail} (shown to the partner), and the {@code field} it is about when one is named.
 * 404 means unknown or not the caller's (the two look alike on purpose), 409 of type edit-conflict a
 * change made meanwhile ({@link #isStale()}), another 409 a step the item's state does not allow, 401 a sign-in that is no longer valid ({@link #isSignInExpired()}).
 */
public class WorkspaceRefusal extends RuntimeException {

    private final int status;
    private final String type;
    private final String detail;
    private final String field;

    public WorkspaceRefusal(int status, String detail, String field) {
        this(status, null, detail, field);
    }

    public WorkspaceRefusal(int status, String type, String detail, String field) {
        super("The content service refused with " + status + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.field = field;
    }

    /** The refusal a problem-details body describes ({@code type, title, status, detail, field}). */
    static WorkspaceRefusal ofProblem(int status, String body) {
        jakarta.json.JsonObject problem = JsonBodies.object(body);
        return new WorkspaceRefusal(status, problem.getString("type", null),
                problem.getString("detail", problem.getString("title", null)), problem.getString("field", null));
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

    /** Someone changed the item since the page read it (the If-Match was stale), not a refusal of the state. */
    public boolean isStale() {
        return status == 412 || (status == 409 && type != null && type.endsWith("edit-conflict"));
    }

    public boolean isSignInExpired() {
        return status == 401;
    }

    public boolean isThrottled() {
        return status == 429;
    }
}
