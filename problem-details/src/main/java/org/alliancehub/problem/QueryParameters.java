package org.alliancehub.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters read the same way, with the same words, in every service: absent or blank is
 * "not given"; anything malformed is an {@link InvalidParameter} (400 naming it). Numbers are read
 * here rather than by JAX-RS, which answers 404 for a parameter it cannot convert, as if the resource
 * did not exist.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A whole number; {@code absent} when not given. More digits than a long holds reads as the largest (or smallest) long. */
    public static long wholeNumber(String name, String value, long absent) {
        if (isAbsent(value)) {
            return absent;
        }
        String digits = value.strip();
        if (!digits.matches("-?[0-9]+")) {
            throw new InvalidParameter(name, name + " is a whole number, e.g. " + name + "=" + absent + "; not '" + shorten(value) + "'.");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException overflow) {
            return digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** A whole number from 1 to {@code max}; {@code absent} when not given. */
    public static int between1And(String name, String value, int absent, int max) {
        long number = wholeNumber(name, value, absent);
        if (number < 1 || number > max) {
            throw new InvalidParameter(name, name + " is between 1 and " + max + ".");
        }
        return (int) number;
    }

    /** An enum constant in any case, with dashes for underscores ({@code fact-sheet}); null when not given. */
    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(name, name + " is one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList() + ".");
        }
    }

    /** Free text, stripped, of at most {@code max} characters; null when not given. */
    public static String text(String name, String value, int max) {
        if (isAbsent(value)) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidParameter(name, name + " has at most " + max + " characters.");
        }
        return value.strip();
    }

    /** true or false, in any case; null when not given. */
    public static Boolean flag(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidParameter(name, name + " is true or false.");
        };
    }

    /** A calendar date like 2024-05-31; null when not given. */
    public static LocalDate date(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " is a date like 2024-05-31.");
        }
    }

    static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    /** Enough of a value to recognise it in a message, never a whole pasted document. */
    public static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
