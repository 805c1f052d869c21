package org.alliancehub.web.interfaces.site;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /robots.txt}: crawlers may read every public page; the partners' and staff's areas and
 * the exit notice (a page per outside link, nothing to index) are left out; the site map is named
 * by its absolute address, as the protocol asks.
 */
@WebServlet(urlPatterns = "/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Inject
    PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getWriter().write(robots(publicAddress.of(request)));
    }

    static String robots(PortalAddresses addresses) {
        return """
                User-agent: *
                Allow: /
                Disallow: /partner/
                Disallow: /staff/
                Disallow: /exit

                Sitemap: %s
                """.formatted(addresses.sitemap());
    }
}
