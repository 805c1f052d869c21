package org.alliancehub.web.interfaces.home.facade.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.web.infrastructure.client.EmphasisProgramDirectory;
import org.alliancehub.web.interfaces.activity.facade.ActivityDigest;
import org.alliancehub.web.interfaces.activity.facade.internal.ActivityDigests;
import org.alliancehub.web.interfaces.home.facade.HomeFacade;
import org.alliancehub.web.interfaces.home.facade.HomePageDto;
import org.alliancehub.web.interfaces.search.facade.SearchCriteria;
import org.alliancehub.web.interfaces.search.facade.SearchFacade;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Assembles the home page from a handful of searches. The page is the most visited one and the same
 * for every reader of a language, so it is kept for {@link #FRESH_FOR}: a newly published material
 * reaches it within half a minute, and a crawler's visits cost no search at all.
 */
@ApplicationScoped
public class DefaultHomeFacade implements HomeFacade {

    private static final Logger LOG = TracedLogger.of(DefaultHomeFacade.class);
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    static final int FEATURED_PROGRAMS = 4;
    static final int FEATURED_MATERIALS = 3;
    static final int UPCOMING_EVENTS = 4;
    static final int NEW_MATERIALS = 5;
    static final Set<String> BROWSE = Set.of("topic", "industry", "audience", "type");

    @Inject
    SearchFacade search;

    @Inject
    ActivityDigests digests;

    @Inject
    EmphasisProgramDirectory programs;

    Clock clock = Clock.systemUTC();

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(HomePageDto page, Instant madeAt) {
    }

    @Override
    public HomePageDto home(Locale locale) {
        String language = locale.getLanguage();
        Kept current = kept.get(language);
        if (current == null || current.madeAt().plus(FRESH_FOR).isBefore(clock.instant())) {
            current = new Kept(assemble(locale), clock.instant());
            if (!current.page().partial()) {
                kept.put(language, current);
            }
        }
        return current.page();
    }

    HomePageDto assemble(Locale locale) {
        String language = locale.getLanguage();
        PortalMessages messages = PortalMessages.of(locale);
        boolean partial = false;
        SearchCriteria everything = SearchCriteria.from(Map.of(), language);

        List<HomePageDto.FeaturedProgramDto> featured = new ArrayList<>();
        List<SearchPageDto.HitDto> newThisMonth = List.of();
        List<SearchPageDto.FacetDto> browse = List.of();
        LocalDate monthStart = LocalDate.now(clock).withDayOfMonth(1);
        SearchCriteria thisMonth = everything.withFilter("from", monthStart.toString()).withSort("newest");
        try {
            for (EmphasisProgramView program : activeFirst(programs.all())) {
                // the program's featured materials lead (the search service's order when browsing a program)
                SearchCriteria supporting = everything.withFilter("program", program.code());
                List<SearchPageDto.HitDto> materials = search.search(supporting, locale, FEATURED_MATERIALS).hits();
                if (!materials.isEmpty()) {
                    featured.add(new HomePageDto.FeaturedProgramDto(program.code(), EmphasisProgramDirectory.name(program, language),
                            program.agency(), materials, supporting.queryString()));
                }
                if (featured.size() == FEATURED_PROGRAMS) {
                    break;
                }
            }
            newThisMonth = search.search(thisMonth, locale, NEW_MATERIALS).hits();
            browse = search.search(everything, locale, 1).facets().stream().filter(f -> BROWSE.contains(f.name())).toList();
        } catch (ServiceUnavailable e) {
            LOG.warning("Home page without materials: " + e.getCause());
            partial = true;
        }
        List<ActivityDigest> upcoming = digests.upcoming(null, null, ActivityResults.Hit.EVENT, UPCOMING_EVENTS, messages);
        return new HomePageDto(featured, upcoming, newThisMonth, thisMonth.queryString(), browse, partial);
    }

    private static List<EmphasisProgramView> activeFirst(List<EmphasisProgramView> all) {
        List<EmphasisProgramView> ordered = new ArrayList<>(all.stream().filter(EmphasisProgramView::active).toList());
        ordered.addAll(all.stream().filter(p -> !p.active()).toList());
        return ordered;
    }
}
