package org.alliancehub.content.interfaces.rest;

import org.alliancehub.problem.QueryParameters;

/** A query parameter naming an enum constant, in any case, with dashes for underscores; unknown values are 400. */
final class EnumParameter {

    private EnumParameter() {
    }

    static <E extends Enum<E>> E of(String parameter, String value, Class<E> type) {
        return QueryParameters.choice(parameter, value, type);
    }
}
