package org.alliancehub.web.interfaces.alliance.facade.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.ContentContract;
import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.contracts.content.OrganizationView;
import org.alliancehub.web.infrastructure.client.ContentServiceClient;
import org.alliancehub.web.interfaces.activity.facade.ActivityDigest;
import org.alliancehub.web.interfaces.activity.facade.internal.ActivityDigests;
import org.alliancehub.web.interfaces.alliance.facade.AllianceDirectoryDto;
import org.alliancehub.web.interfaces.alliance.facade.AllianceFacade;
import org.alliancehub.web.interfaces.alliance.facade.AllianceFilter;
import org.alliancehub.web.interfaces.alliance.facade.AlliancePageDto;
import org.alliancehub.web.interfaces.search.facade.SearchCriteria;
import org.alliancehub.web.interfaces.search.facade.SearchFacade;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.alliancehub.contracts.tracing.TracedLogger;

/** Reads alliances from the content service, their materials and activities from the search service. */
@ApplicationScoped
public class DefaultAllianceFacade implements AllianceFacade {

    private static final Logger LOG = TracedLogger.of(DefaultAllianceFacade.class);
    static final int PAGE_SIZE = 20;
    static final int MATERIALS = 5;
    static final int ACTIVITIES = 6;

    @Inject
    ContentServiceClient content;

    @Inject
    ActivityDigests digests;

    @Inject
    SearchFacade search;

    @Override
    public AllianceDirectoryDto directory(AllianceFilter filter, Locale locale) {
        ContentPage<AllianceView> page;
        try {
            page = content.api().alliances(filter.agency(), filter.level(), filter.status(), filter.page(), PAGE_SIZE);
        } catch (WebApplicationException | ProcessingException e) {
            throw new ServiceUnavailable("The content service could not list alliances: " + e.getMessage(), e);
        }
        return directory(filter, page, PortalMessages.of(locale));
    }

    static AllianceDirectoryDto directory(AllianceFilter filter, ContentPage<AllianceView> page, PortalMessages messages) {
        long pages = page.size() == 0 ? 0 : (page.total() + page.size() - 1) / page.size();
        List<AllianceDirectoryDto.AllianceSummaryDto> alliances = page.items().stream().filter(DefaultAllianceFacade::understood)
                .map(a -> new AllianceDirectoryDto.AllianceSummaryDto(a.id(), a.name(), a.agency(), messages.text("alliance.level." + a.level()),
                        a.regionOrOffice(), messages.text("alliance.status." + a.status()), "ACTIVE".equals(a.status()), a.ambassador(),
                        messages.date(a.signedOn()), a.participants().stream().map(OrganizationView::name).toList()))
                .toList();
        return new AllianceDirectoryDto(filter, alliances, page.total(), pages,
                filter.page() > 1 ? filter.atPage(filter.page() - 1).queryString() : null,
                filter.page() < pages ? filter.atPage(filter.page() + 1).queryString() : null,
                pages > 1 ? messages.format("search.page", filter.page(), pages) : null);
    }

    private static boolean understood(AllianceView alliance) {
        if (!ContentContract.understands(alliance.contract())) {
            LOG.warning("An alliance answered under contract " + alliance.contract() + ": upgrade the portal");
            return false;
        }
        return true;
    }

    @Override
    public Optional<AlliancePageDto> alliance(String id, Locale locale) {
        Optional<AllianceView> read = content.find("alliance " + id, api -> api.alliance(id));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        AllianceView alliance = read.get();
        ContentServiceClient.requireUnderstood(alliance.contract());
        PortalMessages messages = PortalMessages.of(locale);
        SearchCriteria itsMaterials = SearchCriteria.from(Map.of("alliance", alliance.id(), "sort", "newest"), locale.getLanguage());
        List<SearchPageDto.HitDto> materials = List.of();
        long materialCount = 0;
        List<ActivityDigest> activities = List.of();
        try {
            SearchPageDto found = search.search(itsMaterials, locale, MATERIALS);
            materials = found.hits();
            materialCount = found.total();
        } catch (ServiceUnavailable e) {
            // the alliance's own facts are whole without them
            LOG.warning("Alliance page without its materials and activities: " + e);
        }
        activities = digests.upcoming(alliance.id(), null, null, ACTIVITIES, messages);
        return Optional.of(page(alliance, messages, materials, materialCount, itsMaterials.queryString(), activities));
    }

    static AlliancePageDto page(AllianceView a, PortalMessages messages, List<SearchPageDto.HitDto> materials, long materialCount,
                                String materialsQuery, List<ActivityDigest> activities) {
        Map<String, List<AlliancePageDto.ParticipantDto>> byType = new LinkedHashMap<>();
        for (OrganizationView o : a.participants()) {
            byType.computeIfAbsent(o.type(), type -> new ArrayList<>()).add(new AlliancePageDto.ParticipantDto(o.id(), o.name(),
                    o.website() != null && !o.website().isBlank()));
        }
        List<AlliancePageDto.ParticipantGroupDto> groups = byType.entrySet().stream()
                .map(e -> new AlliancePageDto.ParticipantGroupDto(messages.text("organization.type." + e.getKey()), e.getValue()))
                .toList();
        Map<String, List<AlliancePageDto.GoalDto>> goalsByCategory = new LinkedHashMap<>();
        for (AllianceView.GoalView g : a.goals()) {
            goalsByCategory.computeIfAbsent(g.category(), c -> new ArrayList<>()).add(new AlliancePageDto.GoalDto(g.description(),
                    messages.text("goal.horizon." + g.horizon()), messages.text("goal.status." + g.status())));
        }
        List<AlliancePageDto.GoalGroupDto> goals = goalsByCategory.entrySet().stream()
                .map(e -> new AlliancePageDto.GoalGroupDto(messages.text("goal.category." + e.getKey()), e.getValue()))
                .toList();
        List<AlliancePageDto.TermDto> terms = a.terms().stream()
                .map(t -> new AlliancePageDto.TermDto(messages.text("term.kind." + t.kind()), messages.date(t.startsOn()), messages.date(t.endsOn())))
                .toList();
        return new AlliancePageDto(a.id(), a.name(), a.agency(), messages.text("alliance.level." + a.level()), a.regionOrOffice(),
                messages.text("alliance.status." + a.status()), "ACTIVE".equals(a.status()), a.ambassador(), messages.date(a.signedOn()),
                a.signedOn() == null ? null : a.signedOn().toString(), messages.date(a.concludedOn()), groups, a.workerInvolvement(),
                a.signatories().stream().map(DefaultAllianceFacade::contact).toList(), contact(a.coordinator()), terms, goals,
                materials, materialCount, materialsQuery, activities);
    }

    private static AlliancePageDto.ContactDto contact(AllianceView.ContactView c) {
        return c == null ? null : new AlliancePageDto.ContactDto(c.name(), c.title(), c.affiliation());
    }
}
