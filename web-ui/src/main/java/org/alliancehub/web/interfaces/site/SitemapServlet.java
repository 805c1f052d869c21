package org.alliancehub.web.interfaces.site;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.xml.stream.XMLStreamException;
import org.alliancehub.contracts.tracing.TracedLogger;

/** {@code /sitemap.xml}: every public page of the portal in each of its languages ({@link Sitemap}). */
@WebServlet(urlPatterns = "/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final Logger LOG = TracedLogger.of(SitemapServlet.class);

    @Inject
    SiteContentsSource contents;

    @Inject
    PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteContents site;
        try {
            site = contents.current();
        } catch (SiteContentsSource.Unavailable e) {
            LOG.log(Level.WARNING, "No site map: {0}", e.getMessage());
            ProblemAnswer.unavailable(response, "The site map cannot be made right now; try again in a moment.");
            return;
        }
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        try {
            Sitemap.write(Sitemap.entries(site, publicAddress.of(request)), response.getOutputStream());
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the site map", e);
        }
    }
}
