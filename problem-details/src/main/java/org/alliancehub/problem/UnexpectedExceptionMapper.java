package org.alliancehub.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.alliancehub.contracts.tracing.RequestId;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Anything not mapped more precisely: logged with an incident id that the answer repeats, so the
 * client sees no stack trace and operators can still find the cause.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = TracedLogger.of(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseOutage.isCause(exception)) {
            return databaseUnavailable(exception);
        }
        return internalError(exception);
    }

    /** Logged briefly: while the database is away every request would otherwise log a stack trace. */
    static Response databaseUnavailable(Throwable exception) {
        LOG.warning(() -> "Database unavailable: " + rootMessage(exception)
                + RequestId.current().map(id -> " (request " + id + ")").orElse(""));
        return Response.fromResponse(Problem.of(503, "database-unavailable", "Service Unavailable",
                        "The database cannot be reached just now. Try again in a few seconds.").toResponse())
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .build();
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static Response internalError(Throwable exception) {
        // the request's id, so the reader's incident number finds the lines of every service it went through
        String incident = RequestId.current().orElseGet(() -> UUID.randomUUID().toString());
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return Problem.of(500, "server-error", "Internal Server Error",
                "The server could not complete the request (incident " + incident + ").").toResponse();
    }
}
