package org.alliancehub.content.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.problem.Problem;

/** Reads the version a client edited from {@code If-Match} ({@code "3"}, {@code W/"3"} or {@code 3}). */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problem.invalidField("If-Match",
                    "If-Match carries the ETag you read, e.g. \"3\".").toResponse());
        }
    }
}
