package org.alliancehub.web.interfaces.search.web;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.contracts.search.SearchContract;
import org.alliancehub.contracts.search.Suggestions;
import org.alliancehub.web.infrastructure.client.LiteralParameter;
import org.alliancehub.web.infrastructure.client.SearchServiceClient;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * The search box's suggestions as the reader types ({@code GET /suggest?lang=es&query=cai}), in the
 * shape PrimeFaces' autocomplete reads from its {@code completeEndpoint}: {@code {"suggestions":
 * [{"label":…,"value":…}]}}. A plain GET of the portal's own origin, so the page needs no view state
 * (no session) and the Content-Security-Policy's {@code connect-src 'self'} allows it.
 */
@WebServlet("/suggest")
public class SuggestionServlet extends HttpServlet {

    private static final Logger LOG = TracedLogger.of(SuggestionServlet.class);
    static final int SIZE = 8;

    @Inject
    SearchServiceClient search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getParameter("query");
        String language = "es".equals(request.getParameter("lang")) ? "es" : "en";
        JsonArrayBuilder suggestions = Json.createArrayBuilder();
        if (typed != null && !typed.isBlank() && typed.strip().length() <= Suggestions.MAX_PREFIX) {
            try {
                Suggestions answer = search.api().suggest(LiteralParameter.of(typed.strip()), language, SIZE);
                if (SearchContract.understands(answer.contract())) {
                    answer.suggestions().forEach(s -> suggestions.add(Json.createObjectBuilder().add("label", s.text()).add("value", s.text())));
                }
            } catch (WebApplicationException | ProcessingException e) {
                // no suggestions is no error for the reader: the search box still searches
                LOG.fine(() -> "No suggestions for a prefix: " + e);
            }
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=60");
        try (JsonGenerator json = Json.createGenerator(response.getWriter())) {
            json.writeStartObject().write("suggestions", suggestions.build()).write("moreAvailable", false).writeEnd();
        }
    }
}
