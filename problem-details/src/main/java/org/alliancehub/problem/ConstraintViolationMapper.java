package org.alliancehub.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures on request input: 400 naming the first field that failed. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .findFirst()
                .map(v -> Problem.invalidField(fieldName(v), fieldName(v) + ": " + v.getMessage()))
                .orElse(Problem.of(400, "invalid-input", "Invalid input", exception.getMessage()))
                .toResponse();
    }

    /** The last named node of the path: {@code create.arg0.title} becomes {@code title}. */
    static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && !node.getName().startsWith("arg")) {
                name = node.getName();
            }
        }
        return name == null ? "body" : name;
    }
}
