package org.alliancehub.problem;

import java.util.Set;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * A request body that is not the JSON the resource expects (400). The same exception on a request
 * without a body comes from the server's own JSON work (a response, a call to another service):
 * that is a server error, logged, never blamed on the client.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    private static final java.util.logging.Logger LOG = TracedLogger.of(MalformedJsonMapper.class);
    static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Context
    Request request;

    @Override
    public Response toResponse(JsonbException exception) {
        if (request != null && !METHODS_WITH_BODY.contains(request.getMethod())) {
            return UnexpectedExceptionMapper.internalError(exception);
        }
        LOG.log(java.util.logging.Level.FINE, "Unreadable request body", exception);
        return Problem.of(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON of the expected shape.").toResponse();
    }
}
