package org.alliancehub.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything not mapped more precisely: logged with an incident id that the answer repeats, so the
 * client sees no stack trace and operators can still find the cause.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        return internalError(exception);
    }

    static Response internalError(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return Problem.of(500, "server-error", "Internal Server Error",
                "The server could not complete the request (incident " + incident + ").").toResponse();
    }
}
