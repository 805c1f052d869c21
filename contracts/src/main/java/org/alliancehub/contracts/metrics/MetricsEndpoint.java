package org.alliancehub.contracts.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.alliancehub.contracts.tracing.RequestId;
import org.alliancehub.contracts.tracing.TracedLogger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The service's meters for Prometheus at {@value #PATH} (registered by this jar's
 * web-fragment.xml), for whoever signs in with HTTP Basic as {@value #USER}, with
 * {@code alliancehub.metrics.token} for password (Prometheus' {@code basic_auth}). Not a bearer
 * token: the services' MicroProfile JWT refuses every bearer token that is not one of its JWTs
 * before a servlet sees it. Without a token configured the endpoint is closed (404): meters tell an
 * attacker which routes are slow, so nobody reads them by default.
 */
public class MetricsEndpoint extends HttpServlet {

    public static final String PATH = "/operations/metrics";
    static final String TOKEN = "alliancehub.metrics.token";
    static final String USER = "metrics";
    /** A shorter token is guessable: the endpoint stays closed, and the log says why. */
    static final int SHORTEST_TOKEN = 24;
    private static final Logger LOG = TracedLogger.of(MetricsEndpoint.class);

    private transient Optional<byte[]> token = Optional.empty();

    @Override
    public void init() {
        token = accepted(ConfigProvider.getConfig().getOptionalValue(TOKEN, String.class));
    }

    @Override
    public void destroy() {
        // loaded at start and destroyed at stop: the application's last word
        ServiceMetrics.close();
    }

    static Optional<byte[]> accepted(Optional<String> configured) {
        Optional<String> given = configured.map(String::strip).filter(t -> !t.isEmpty());
        if (given.isPresent() && given.get().length() < SHORTEST_TOKEN) {
            LOG.warning(() -> "The metrics endpoint stays closed: ALLIANCEHUB_METRICS_TOKEN is shorter than "
                    + SHORTEST_TOKEN + " characters");
            return Optional.empty();
        }
        return given.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (token.isEmpty()) {
            problem(response, HttpServletResponse.SC_NOT_FOUND, "Not Found", "There is nothing here.");
            return;
        }
        if (!presents(request.getHeader("Authorization"), token.get())) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"metrics\", charset=\"UTF-8\"");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The metrics are read as the user metrics, with the token the operators configured.");
            return;
        }
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.getWriter().write(ServiceMetrics.scrape());
    }

    /** Compared in constant time, so that the answer's time does not tell how much of a guess was right. */
    static boolean presents(String authorization, byte[] token) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = credentials.indexOf(':');
        return colon > 0 && credentials.substring(0, colon).equals(USER)
                & MessageDigest.isEqual(credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8), token);
    }

    /** A problem answer as problem-details writes them (which this jar cannot use: that one depends on it). */
    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        var body = Json.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status)
                .add("detail", detail);
        RequestId.current().ifPresent(id -> body.add("requestId", id));
        response.getWriter().write(body.build().toString());
    }
}
