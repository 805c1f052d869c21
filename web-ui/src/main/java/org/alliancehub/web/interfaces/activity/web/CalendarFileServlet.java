package org.alliancehub.web.interfaces.activity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.interfaces.activity.facade.ActivityCriteria;
import org.alliancehub.web.interfaces.activity.facade.ActivityFacade;
import org.alliancehub.web.interfaces.web.ItemPage;
import org.alliancehub.web.interfaces.activity.facade.CalendarFileDto;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * The iCalendar files (RFC 5545): {@code /event.ics?id=…} for one published event ("Add to calendar") and
 * {@code /calendar.ics?month=…&language=…&topic=…&program=…&alliance=…} for the calendar's filtered
 * events (upcoming ones without a month). Answers {@code text/calendar; charset=utf-8} with a file name;
 * an unknown event is a 404, a parameter that cannot be right a 400, each with a plain message (no
 * HTML page: calendar programs show the text, if anything).
 */
@WebServlet(urlPatterns = {"/event.ics", "/calendar.ics"})
public class CalendarFileServlet extends HttpServlet {

    private static final Logger LOG = TracedLogger.of(CalendarFileServlet.class);

    @Inject
    ActivityFacade activities;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values.length == 0 ? null : values[0]));
        String lang = parameters.get("lang");
        Locale locale = "es".equalsIgnoreCase(lang == null ? "" : lang.strip()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        String base = portalBase(request);
        try {
            if ("/event.ics".equals(request.getServletPath())) {
                CalendarFileDto file = ItemPage.id(parameters.get("id")).flatMap(id -> activities.eventFile(id, base, locale)).orElse(null);
                if (file == null) {
                    plain(response, HttpServletResponse.SC_NOT_FOUND, "There is no published event with this id.");
                    return;
                }
                send(response, file);
            } else {
                send(response, activities.calendarFile(ActivityCriteria.from(parameters, locale.getLanguage()), base, locale));
            }
        } catch (ActivityCriteria.InvalidCriteria e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (ServiceUnavailable e) {
            LOG.log(Level.WARNING, "Calendar file unavailable: " + e.getMessage());
            response.setHeader("Retry-After", "5");
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Events are unavailable for a moment; please try again shortly.");
        }
    }

    private static void send(HttpServletResponse response, CalendarFileDto file) throws IOException {
        byte[] body = file.text().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A status with a short text; not sendError, whose error page would answer HTML. */
    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println(message);
    }

    /** The portal's absolute address as the reader reached it, for the URL of each event. */
    static String portalBase(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
