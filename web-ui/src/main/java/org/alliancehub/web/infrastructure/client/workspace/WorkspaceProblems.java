package org.alliancehub.web.infrastructure.client.workspace;


import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns the content service's 4xx answers (problem-details JSON) into {@link WorkspaceRefusal}s the
 * pages can explain; 5xx stays the default error, which the client reports as the service being
 * unavailable.
 */
public class WorkspaceProblems implements ResponseExceptionMapper<WorkspaceRefusal> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 500;
    }

    @Override
    public WorkspaceRefusal toThrowable(Response response) {
        String body = body(response);
        String retryAfter = response.getHeaderString("Retry-After");
        if (response.getStatus() == 429 && retryAfter != null) {
            return new Throttled(WorkspaceRefusal.ofProblem(429, body).detail(), parseSeconds(retryAfter));
        }
        return WorkspaceRefusal.ofProblem(response.getStatus(), body);
    }

    private static String body(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (IllegalStateException | jakarta.ws.rs.ProcessingException unreadable) {
            return "";
        }
    }

    private static long parseSeconds(String value) {
        try {
            return Math.max(1, Long.parseLong(value.strip()));
        } catch (NumberFormatException notSeconds) {
            return 60;
        }
    }

    /** Too many wrong passwords lately: try again after {@link #retryAfterSeconds()}. */
    public static class Throttled extends WorkspaceRefusal {
        private final long retryAfterSeconds;

        public Throttled(String detail, long retryAfterSeconds) {
            super(429, detail, null);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
