package org.alliancehub.content.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.alliancehub.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every write needs the bearer token configured as {@code alliancehub.write-token}
 * ({@code ALLIANCEHUB_WRITE_TOKEN}); reads of public content need nothing. Without a configured
 * token the service is read-only. Per-account roles and JWTs replace this single credential.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class WriteAccessFilter implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int MIN_TOKEN_LENGTH = 16;

    @Inject
    @ConfigProperty(name = "alliancehub.write-token")
    Optional<String> writeToken;

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        String expected = writeToken.map(String::strip).orElse("");
        if (expected.length() < MIN_TOKEN_LENGTH) {
            request.abortWith(Problem.of(403, "read-only", "Forbidden",
                    "This service is read-only: no write token of at least " + MIN_TOKEN_LENGTH
                            + " characters is configured (alliancehub.write-token).").toResponse());
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(unauthorized("Writing needs a bearer token."));
            return;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(Problem.of(403, "forbidden", "Forbidden", "The token does not allow writing.").toResponse());
        }
    }

    private static jakarta.ws.rs.core.Response unauthorized(String detail) {
        return jakarta.ws.rs.core.Response.fromResponse(Problem.of(401, "unauthorized", "Unauthorized", detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"alliancehub\"")
                .build();
    }
}
