package org.alliancehub.problem;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that JSON-P cannot parse. */
@Provider
public class JsonParsingMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException exception) {
        return Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON.").toResponse();
    }
}
