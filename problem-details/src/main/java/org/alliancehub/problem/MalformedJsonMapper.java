package org.alliancehub.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON the resource expects. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MalformedJsonMapper.class.getName());

    @Override
    public Response toResponse(JsonbException exception) {
        LOG.log(java.util.logging.Level.FINE, "Unreadable request body", exception);
        return Problem.of(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON of the expected shape.").toResponse();
    }
}
