package org.alliancehub.search.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.core.UriInfo;

import org.alliancehub.search.application.SearchQuery;

/** Reading query parameters strictly: unknown names and malformed values are the caller's error. */
final class QueryParameters {

    private QueryParameters() {
    }

    static void requireKnown(UriInfo uriInfo, Set<String> known) {
        for (String name : uriInfo.getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                throw new SearchQuery.InvalidQuery(name, "Unknown parameter '" + shorten(name) + "'; known are "
                        + known.stream().sorted().toList() + ".");
            }
        }
    }

    static String languageTag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(value.strip().replace('_', '-')).toLanguageTag();
        if ("und".equals(tag)) {
            throw new SearchQuery.InvalidQuery(name, "'" + shorten(value) + "' is not a language code (e.g. en, es).");
        }
        return tag;
    }

    static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new SearchQuery.InvalidQuery(name, name + " has at most " + max + " characters.");
        }
        return value.strip();
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SearchQuery.InvalidQuery(name, name + " is a date like 2024-05-31.");
        }
    }

    static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new SearchQuery.InvalidQuery(name, name + " is one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList() + ".");
        }
    }

    static int bounded(String name, String value, int defaultValue, int max) {
        int v = whole(name, value, defaultValue);
        if (v < 1 || v > max) {
            throw new SearchQuery.InvalidQuery(name, name + " is between 1 and " + max + ".");
        }
        return v;
    }

    /**
     * A whole number, read here rather than by JAX-RS: a parameter JAX-RS cannot convert ({@code
     * page=abc}, one beyond an int) would be a 404, as if the resource did not exist. The range is
     * the use case's to check.
     */
    static int whole(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new SearchQuery.InvalidQuery(name, name + " is a whole number, e.g. 1; not '" + shorten(value) + "'.");
        }
    }

    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
