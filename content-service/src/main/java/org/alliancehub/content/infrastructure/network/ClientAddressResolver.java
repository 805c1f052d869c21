package org.alliancehub.content.infrastructure.network;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, as the sign-in throttle counts it. Only when the direct peer is
 * one of the trusted proxies ({@code alliancehub.trusted-proxies}: addresses and CIDR ranges) is
 * {@code X-Forwarded-For} read, from the right: each trusted proxy appends the address it was
 * called from, so the right-most address that is not a trusted proxy is the client, and whatever
 * the client wrote to the left of it is ignored. From any other peer the header is ignored, so
 * nobody can pick the address they are counted under.
 */
@ApplicationScoped
public class ClientAddressResolver {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private List<AddressRange> trustedProxies = List.of();

    /** For CDI's proxy. */
    protected ClientAddressResolver() {
    }

    @Inject
    ClientAddressResolver(@ConfigProperty(name = "alliancehub.trusted-proxies") Optional<String> trustedProxies) {
        this.trustedProxies = AddressRange.parseList(trustedProxies.orElse(""));
    }

    /** A resolver trusting these proxies (comma-separated addresses and CIDR ranges; blank: none). */
    public static ClientAddressResolver trusting(String trustedProxies) {
        return new ClientAddressResolver(Optional.ofNullable(trustedProxies));
    }

    /** Reads the setting at start, so that a malformed one stops the deployment instead of failing sign-ins. */
    void checkSettingAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        trustedProxies.size();
    }

    public String clientAddress(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
    }

    /**
     * {@code peer} is the direct peer's address; {@code forwardedFor} the values of every
     * {@code X-Forwarded-For} header in order (each a comma-separated list). Addresses are answered in
     * one canonical form, so {@code ::1} and {@code 0:0:0:0:0:0:0:1} count as one.
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = AddressRange.literal(peer);
        if (peerAddress.isEmpty()) {
            return peer == null ? "unknown" : peer;
        }
        InetAddress client = peerAddress.get();
        if (!isTrusted(client)) {
            return client.getHostAddress();
        }
        List<String> hops = hops(forwardedFor);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = AddressRange.literal(withoutPort(hops.get(i)));
            if (hop.isEmpty()) {
                // not an address a trusted proxy would write: the proxy that handed it over is as far as we can tell
                break;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        for (AddressRange range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        if (headers != null) {
            for (String header : headers) {
                if (header != null) {
                    for (String hop : header.split(",")) {
                        if (!hop.isBlank()) {
                            hops.add(hop.strip());
                        }
                    }
                }
            }
        }
        return hops;
    }

    /** Some proxies write {@code 203.0.113.7:51234} or {@code [2001:db8::7]:51234}. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        if (hop.matches("[0-9.]+:[0-9]{1,5}")) {
            return hop.substring(0, hop.indexOf(':'));
        }
        return hop;
    }
}
