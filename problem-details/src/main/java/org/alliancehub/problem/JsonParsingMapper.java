package org.alliancehub.problem;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that JSON-P cannot parse (400); on a request without a body, the server's own failure (500). */
@Provider
public class JsonParsingMapper implements ExceptionMapper<JsonException> {

    @Context
    Request request;

    @Override
    public Response toResponse(JsonException exception) {
        if (request != null && !MalformedJsonMapper.METHODS_WITH_BODY.contains(request.getMethod())) {
            return UnexpectedExceptionMapper.internalError(exception);
        }
        return Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON.").toResponse();
    }
}
