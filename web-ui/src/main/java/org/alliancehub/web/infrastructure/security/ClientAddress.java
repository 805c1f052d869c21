package org.alliancehub.web.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The chain of addresses a sign-in came through, as the portal passes it on to the content service
 * ({@code X-Forwarded-For}): what earlier proxies wrote, then the address that reached the portal.
 * The service trusts only the part its trusted proxies vouch for (the rightmost untrusted address),
 * so a reader who writes the header himself cannot pose as someone else; each reader's wrong
 * passwords are then counted for that reader, not for the portal as a whole.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String forwardedChain(HttpServletRequest request) {
        return forwardedChain(request.getHeader("X-Forwarded-For"), request.getRemoteAddr());
    }

    static String forwardedChain(String forwarded, String peer) {
        String earlier = forwarded == null ? "" : forwarded.replaceAll("[^0-9A-Fa-f.:, \\[\\]]", "").strip();
        if (earlier.length() > 500) {
            // a chain this long is not from real proxies; keep the nearest part, which the service reads
            earlier = earlier.substring(earlier.length() - 500);
            earlier = earlier.substring(earlier.indexOf(',') + 1).strip();
        }
        return earlier.isEmpty() ? peer : earlier + ", " + peer;
    }
}
