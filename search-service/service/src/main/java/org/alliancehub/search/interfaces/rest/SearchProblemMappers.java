package org.alliancehub.search.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.alliancehub.problem.Problem;
import org.alliancehub.search.application.IndexUnavailable;
import org.alliancehub.search.application.SearchQuery;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/** Problem details for the search service's own exceptions. */
final class SearchProblemMappers {

    private SearchProblemMappers() {
    }

    @Provider
    public static class InvalidQueryMapper implements ExceptionMapper<SearchQuery.InvalidQuery> {
        @Override
        public Response toResponse(SearchQuery.InvalidQuery e) {
            return Problem.invalidField(e.parameter(), e.getMessage()).toResponse();
        }
    }

    /** The engine is down: say so and when to retry, rather than fail with 500. */
    @Provider
    public static class UnavailableMapper implements ExceptionMapper<IndexUnavailable> {
        @Override
        public Response toResponse(IndexUnavailable e) {
            return unavailable();
        }
    }

    /**
     * The engine did not answer in time, or too many searches already wait for it (a bulkhead
     * refusal): the same 503, at once, rather than one more request thread held.
     */
    @Provider
    public static class FaultToleranceMapper implements ExceptionMapper<FaultToleranceException> {
        @Override
        public Response toResponse(FaultToleranceException e) {
            return unavailable();
        }
    }

    static Response unavailable() {
        return Response.fromResponse(Problem.of(503, "search-unavailable", "Search unavailable",
                        "Search is unavailable for a moment; please try again shortly.").toResponse())
                .header(HttpHeaders.RETRY_AFTER, "10")
                .build();
    }
}
