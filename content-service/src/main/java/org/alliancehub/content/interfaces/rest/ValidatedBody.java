package org.alliancehub.content.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.problem.Problem;

/**
 * Validates request bodies explicitly. Bean Validation annotations on a body parameter would do
 * the same, but they make Payara 6.2025's OpenAPI generator fail (payara/Payara#7649), so the
 * constraints stay on the request records and are checked here.
 */
@ApplicationScoped
public class ValidatedBody {

    @Inject
    Validator validator;

    public <T> T check(T body) {
        if (body == null) {
            throw new WebApplicationException(Problem.invalidField("body", "A JSON request body is required.").toResponse());
        }
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
