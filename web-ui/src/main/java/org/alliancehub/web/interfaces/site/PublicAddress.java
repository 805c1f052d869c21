package org.alliancehub.web.interfaces.site;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the public reaches the portal: {@code alliancehub.portal.public-url}
 * ({@code ALLIANCEHUB_PORTAL_PUBLIC_URL}) when set, as behind a reverse proxy; else the address of
 * each request. Site maps, feeds and robots.txt name absolute addresses built from it.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "alliancehub.portal.public-url")
    Optional<String> configured;

    private PortalAddresses fixed;

    @PostConstruct
    void check() {
        // a wrong setting fails on first use with the reason, not with odd links
        fixed = configured.filter(url -> !url.isBlank()).map(PortalAddresses::at).orElse(null);
    }

    public PortalAddresses of(HttpServletRequest request) {
        return fixed != null ? fixed : PortalAddresses.of(request);
    }
}
