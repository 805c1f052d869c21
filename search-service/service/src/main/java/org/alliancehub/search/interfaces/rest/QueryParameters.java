package org.alliancehub.search.interfaces.rest;

import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.core.UriInfo;

import org.alliancehub.problem.InvalidParameter;

/**
 * What only search needs on top of the readers every service shares
 * ({@link org.alliancehub.problem.QueryParameters}): the list of known names, language tags, and
 * whole numbers clamped to an int for the use cases to check.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static void requireKnown(UriInfo uriInfo, Set<String> known) {
        for (String name : uriInfo.getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                throw new InvalidParameter(name, "Unknown parameter '" + shorten(name) + "'; known are "
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
            throw new InvalidParameter(name, "'" + shorten(value) + "' is not a language code (e.g. en, es).");
        }
        return tag;
    }

    static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** A whole number for a use case to check the range of; beyond an int it reads as the largest (or smallest) int. */
    static int whole(String name, String value, int defaultValue) {
        long number = org.alliancehub.problem.QueryParameters.wholeNumber(name, value, defaultValue);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
    }

    static String shorten(String value) {
        return org.alliancehub.problem.QueryParameters.shorten(value);
    }
}
