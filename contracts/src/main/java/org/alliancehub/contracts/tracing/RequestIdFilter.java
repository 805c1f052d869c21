package org.alliancehub.contracts.tracing;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.servlet.DispatcherType;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives each request its {@link RequestId} before anything else runs (registered by this jar's
 * web-fragment.xml, for requests and error dispatches): the caller's, when it is well formed.
 * Each request also gets one access line on the {@value #ACCESS_LOGGER} logger, at FINE so that it
 * shows only where the log configuration asks for it (the JSON configuration does): method, path
 * without its query (a query holds what a reader searched for), status and time.
 */
public class RequestIdFilter extends HttpFilter {

    public static final String ACCESS_LOGGER = "org.alliancehub.access";
    private static final Logger ACCESS = TracedLogger.named(ACCESS_LOGGER);

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
        long begin = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getDispatcherType() == DispatcherType.REQUEST && ACCESS.isLoggable(Level.FINE)) {
                ACCESS.log(accessLine(request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - begin) / 1_000_000));
            }
            if (outer == null) {
                RequestId.leave();
            } else {
                RequestId.enter(outer);
            }
        }
    }

    static LogRecord accessLine(String method, String path, int status, long millis) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("HttpMethod", method);
        fields.put("Path", path);
        fields.put("Status", status);
        fields.put("DurationMs", millis);
        LogRecord line = new LogRecord(Level.FINE, "{0} {1} {2} {3,number,#} ms");
        line.setParameters(new Object[] {method, path, status, millis, fields});
        line.setLoggerName(ACCESS_LOGGER);
        return line;
    }
}
