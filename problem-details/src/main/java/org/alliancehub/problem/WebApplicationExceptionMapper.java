package org.alliancehub.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown routes, wrong methods, unsupported media types and the like, as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "Error";
        String detail = StatusDetails.detailFor(status, exception.getMessage());
        Response.ResponseBuilder problem = Response.fromResponse(Problem.of(status, StatusDetails.slug(status), title, detail).toResponse());
        // keep the headers that carry meaning (Allow on 405, WWW-Authenticate on 401, Retry-After on 503)
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> problem.header(name, v));
            }
        });
        return problem.type(Problem.PROBLEM_JSON).build();
    }
}
