package org.alliancehub.problem;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.alliancehub.contracts.tracing.RequestId;

/**
 * An RFC 9457 problem: what went wrong, for a person and for a program. {@code field} names the
 * input that failed validation, when one did; {@code requestId} (an extension member) is the id of
 * the request it answers, to find it in the logs.
 */
public record Problem(String type, String title, int status, String detail, String field) {

    /** Looked up once: each Json.create… call would search the class path for a provider again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private static final String TYPE_BASE = "https://alliancehub.org/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null);
    }

    /** No token where one is needed, or one that no longer counts; answer it with {@link #unauthorizedResponse}. */
    public static Problem unauthorized(String detail) {
        return of(401, "unauthorized", "Unauthorized", detail);
    }

    /** The same 401 in every service: the problem and the {@code WWW-Authenticate} challenge for a bearer token. */
    public static Response unauthorizedResponse(String detail) {
        return Response.fromResponse(unauthorized(detail).toResponse())
                .header("WWW-Authenticate", "Bearer realm=\"alliancehub\"")
                .build();
    }

    /** Signed in, but this is not the caller's to do. */
    public static Problem forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    public static Problem invalidField(String field, String detail) {
        return new Problem(TYPE_BASE + "invalid-input", "Invalid input", 400, detail, field);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (field != null) {
            json.add("field", field);
        }
        RequestId.current().ifPresent(id -> json.add("requestId", id));
        return json.build();
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(toJson().toString()).build();
    }
}
