package org.alliancehub.web.interfaces.site;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An RFC 9457 problem as the portal's machine-read documents (feeds, site map) answer it, in the
 * same shape and with the same {@code type} addresses as the services' problems.
 */
public final class ProblemAnswer {

    private static final String TYPE_BASE = "https://alliancehub.org/problems/";

    private ProblemAnswer() {
    }

    /** 400 naming the parameter that was wrong. */
    public static void invalidParameter(HttpServletResponse response, String field, String detail) throws IOException {
        send(response, 400, "invalid-input", "Invalid input", detail, field);
    }

    public static void notFound(HttpServletResponse response, String detail) throws IOException {
        send(response, 404, "not-found", "Not found", detail, null);
    }

    /** 503 with {@code Retry-After}: a service the document is made from did not answer. */
    public static void unavailable(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("Retry-After", "30");
        send(response, 503, "service-unavailable", "Service unavailable", detail, null);
    }

    private static void send(HttpServletResponse response, int status, String slug, String title, String detail, String field)
            throws IOException {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", TYPE_BASE + slug).add("title", title).add("status", status).add("detail", detail);
        if (field != null) {
            problem.add("field", field);
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(problem.build().toString());
    }
}
