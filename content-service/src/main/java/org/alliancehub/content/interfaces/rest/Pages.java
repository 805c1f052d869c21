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

    /**
     * Paging parameters read as text: JAX-RS answers 404 for a query parameter that does not convert
     * to its declared number type, where a client's mistake deserves a 400 that names it.
     */
    static PageRequest request(String page, String size) {
        long p = wholeNumber("page", page, 1);
        long s = wholeNumber("size", size, 20);
        if (p > Integer.MAX_VALUE || s > Integer.MAX_VALUE) {
            throw new WebApplicationException(Problem.invalidField(p > Integer.MAX_VALUE ? "page" : "size",
                    "Paging: pages reach at most " + PageRequest.MAX_DEPTH + " items deep.").toResponse());
        }
        try {
            return new PageRequest((int) p, (int) s);
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.invalidField(
                    e.getMessage().startsWith("size") ? "size" : "page", "Paging: " + e.getMessage() + ".").toResponse());
        }
    }

    /** A whole-number query parameter; {@code absent} when it is missing or blank, 400 when it is not a number. */
    static long wholeNumber(String parameter, String value, long absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String digits = value.strip();
        if (!digits.matches("-?[0-9]+")) {
            throw new WebApplicationException(Problem.invalidField(parameter,
                    parameter + " is a whole number, e.g. " + parameter + "=" + absent + ".").toResponse());
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException overflow) {
            // more digits than any page or sequence number has: the range checks that follow refuse it
            return digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
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
