package org.alliancehub.web.interfaces.feed;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.alliancehub.web.interfaces.site.ProblemAnswer;
import org.alliancehub.web.interfaces.site.PublicAddress;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * {@code /feeds/materials.atom?lang=…[&language=…][&program=…][&alliance=…]}: the newest
 * materials as Atom ({@link FeedRequest}, {@link MaterialFeeds}). Malformed parameters are a 400
 * problem naming the parameter, an unknown program or alliance a 404, a service that does not
 * answer a 503. Feed readers poll: the answer has an ETag, and a matching {@code If-None-Match} is
 * answered 304 without the body.
 */
@WebServlet(urlPatterns = "/feeds/materials.atom")
public class MaterialFeedServlet extends HttpServlet {

    private static final Logger LOG = TracedLogger.of(MaterialFeedServlet.class);
    static final String ATOM = "application/atom+xml";

    @Inject
    MaterialFeeds feeds;

    @Inject
    PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FeedRequest feedRequest;
        try {
            feedRequest = FeedRequest.from(request.getParameterMap());
        } catch (FeedRequest.Invalid e) {
            ProblemAnswer.invalidParameter(response, e.parameter(), e.getMessage());
            return;
        }
        AtomFeeds.Document feed;
        try {
            feed = feeds.feed(feedRequest, publicAddress.of(request));
        } catch (MaterialFeeds.UnknownFilter e) {
            ProblemAnswer.notFound(response, e.getMessage());
            return;
        } catch (MaterialFeeds.Unavailable e) {
            LOG.log(Level.WARNING, "No feed for {0}: {1}", new Object[] {feedRequest, e.getMessage()});
            ProblemAnswer.unavailable(response, "The feed cannot be made right now; try again in a moment.");
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("ETag", feed.etag());
        response.setDateHeader("Last-Modified", feed.updated().toEpochMilli());
        if (matches(request.getHeader("If-None-Match"), feed.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(ATOM);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(feed.xml().length);
        response.getOutputStream().write(feed.xml());
    }

    /** If-None-Match names this ETag (or any, {@code *}); a weak form of it counts (compression may weaken it). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
