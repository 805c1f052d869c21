package org.alliancehub.content.interfaces.rest;

import java.util.Arrays;
import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.problem.Problem;

/** A query parameter naming an enum constant, in any case, with dashes for underscores; unknown values are 400. */
final class EnumParameter {

    private EnumParameter() {
    }

    static <E extends Enum<E>> E of(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.invalidField(parameter,
                    parameter + " is one of " + Arrays.toString(type.getEnumConstants()) + ".").toResponse());
        }
    }
}
