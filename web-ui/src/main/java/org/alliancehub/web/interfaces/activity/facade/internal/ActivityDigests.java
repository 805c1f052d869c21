package org.alliancehub.web.interfaces.activity.facade.internal;

import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.contracts.search.SearchContract;
import org.alliancehub.web.infrastructure.client.LiteralParameter;
import org.alliancehub.web.infrastructure.client.SearchServiceClient;
import org.alliancehub.web.interfaces.activity.facade.ActivityDigest;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.alliancehub.contracts.tracing.TracedLogger;

/** The trainings and upcoming events of an alliance or a program, soonest first, for the pages that list a few. */
@ApplicationScoped
public class ActivityDigests {

    private static final Logger LOG = TracedLogger.of(ActivityDigests.class);

    @Inject
    SearchServiceClient search;

    /**
     * Empty when the search service cannot answer: the page is whole without them.
     *
     * @param kind {@link ActivityResults.Hit#EVENT}, {@link ActivityResults.Hit#TRAINING} or null for both
     */
    public List<ActivityDigest> upcoming(String allianceId, String programCode, String kind, int size, PortalMessages messages) {
        String language = messages.locale().getLanguage();
        try {
            ActivityResults results = search.api().activities(null, language, kind, null, null, LiteralParameter.of(programCode),
                    LiteralParameter.of(allianceId), "upcoming", null, null, "date", 1, size);
            if (!SearchContract.understands(results.contract())) {
                LOG.warning("The search service answers activities under contract " + results.contract() + "; upgrade the portal");
                return List.of();
            }
            return results.hits().stream().map(hit -> digest(hit, messages)).toList();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warning("No activities listed: " + e);
            return List.of();
        }
    }

    static ActivityDigest digest(ActivityResults.Hit hit, PortalMessages messages) {
        boolean event = ActivityResults.Hit.EVENT.equals(hit.kind());
        return new ActivityDigest((event ? "/event?id=" : "/training?id=") + hit.id() + "&lang=" + messages.locale().getLanguage(),
                hit.title(), messages.text(event ? "activity.kind.EVENT" : "activity.kind.TRAINING"),
                event && hit.startsAt() != null ? EventTimes.span(hit.startsAt(), hit.endsAt(), hit.timeZone(), messages.locale()) : "",
                hit.startsAt() == null ? null : hit.startsAt().toString(),
                hit.place() != null ? hit.place() : hit.onlineLink() != null ? messages.text("event.online") : null,
                messages.onlyInUnlessOffered(hit.languages()));
    }
}
