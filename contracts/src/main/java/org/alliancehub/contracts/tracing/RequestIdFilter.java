package org.alliancehub.contracts.tracing;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives each request its {@link RequestId} before anything else runs (registered by this jar's
 * web-fragment.xml, for requests and error dispatches): the caller's, when it is well formed.
 */
public class RequestIdFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = request.getAttribute(RequestId.ATTRIBUTE) instanceof String known ? known
                : RequestId.acceptedOrNew(request.getHeader(RequestId.HEADER));
        request.setAttribute(RequestId.ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(RequestId.HEADER, id);
        }
        String outer = RequestId.current().orElse(null);
        RequestId.enter(id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                RequestId.leave();
            } else {
                RequestId.enter(outer);
            }
        }
    }
}
