package org.alliancehub.content.interfaces.rest;

import java.util.List;

import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.problem.Problem;

import jakarta.ws.rs.WebApplicationException;

/** Paging and listing-filter parameters in, paged JSON out. */
public final class Pages {

    /** The JSON shape of a page. */
    public record PageView<T>(List<T> items, int page, int size, long total) {
    }

    private Pages() {
    }

    static PageRequest request(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        try {
            return new PageRequest(p, s);
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.invalidField(
                    e.getMessage().startsWith("size") ? "size" : "page", "Paging: " + e.getMessage() + ".").toResponse());
        }
    }

    /** A free-text filter value: trimmed, null when blank, at most 200 characters (else 400). */
    static String searchText(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw new WebApplicationException(Problem.invalidField(parameter, parameter + " has at most 200 characters.").toResponse());
        }
        return value.strip();
    }

    /** A true/false filter value; null when absent, 400 when neither. */
    static Boolean flag(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new WebApplicationException(Problem.invalidField(parameter, parameter + " is true or false.").toResponse());
        };
    }

    static <T> PageView<T> view(Page<T> page) {
        return new PageView<>(page.items(), page.page(), page.size(), page.total());
    }
}
