package org.alliancehub.contracts.metrics;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Times every request (registered by this jar's web-fragment.xml, after the request id): by method,
 * route and status. A REST request's route is the template it matched ({@link RouteTemplates}); a
 * page's is its servlet path; a path nothing answers is {@code NOT_FOUND}, a redirect {@code
 * REDIRECTION}, so that what a client types never becomes a meter of its own.
 */
public class RequestMetricsFilter extends HttpFilter {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long begin = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            ServiceMetrics.recordRequest(method(request.getMethod()), route(request.getAttribute(RouteTemplates.ATTRIBUTE),
                    request.getServletPath(), response.getStatus()), response.getStatus(), System.nanoTime() - begin);
        }
    }

    /** Any method a client invents is one: OTHER. */
    static String method(String method) {
        return METHODS.contains(method) ? method : "OTHER";
    }

    static String route(Object template, String servletPath, int status) {
        if (template instanceof String matched) {
            return matched;
        }
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "NOT_FOUND";
        }
        if (status >= 300 && status < 400) {
            return "REDIRECTION";
        }
        return servletPath == null || servletPath.isEmpty() ? "/" : servletPath;
    }
}
