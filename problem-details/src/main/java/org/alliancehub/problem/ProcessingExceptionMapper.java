package org.alliancehub.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey wraps body-reading failures in {@link ProcessingException}; when the cause is unreadable
 * JSON, that is the client's mistake (400), anything else is ours (500).
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problem.of(400, "malformed-json", "Malformed JSON",
                        "The request body is not valid JSON of the expected shape.").toResponse();
            }
        }
        return UnexpectedExceptionMapper.internalError(exception);
    }
}
