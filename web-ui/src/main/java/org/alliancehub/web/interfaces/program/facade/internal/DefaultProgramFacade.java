package org.alliancehub.web.interfaces.program.facade.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.web.infrastructure.client.EmphasisProgramDirectory;
import org.alliancehub.web.interfaces.activity.facade.ActivityDigest;
import org.alliancehub.web.interfaces.activity.facade.internal.ActivityDigests;
import org.alliancehub.web.interfaces.program.facade.ProgramFacade;
import org.alliancehub.web.interfaces.program.facade.ProgramPageDto;
import org.alliancehub.web.interfaces.search.facade.SearchCriteria;
import org.alliancehub.web.interfaces.search.facade.SearchFacade;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.alliancehub.contracts.tracing.TracedLogger;

/** Programs from the content service (through the directory), what supports them from the search service. */
@ApplicationScoped
public class DefaultProgramFacade implements ProgramFacade {

    private static final Logger LOG = TracedLogger.of(DefaultProgramFacade.class);
    static final int MATERIALS = 10;
    static final int ACTIVITIES = 6;

    @Inject
    EmphasisProgramDirectory directory;

    @Inject
    SearchFacade search;

    @Inject
    ActivityDigests digests;

    @Override
    public List<ProgramPageDto.ProgramSummaryDto> programs(Locale locale) {
        PortalMessages messages = PortalMessages.of(locale);
        return directory.all().stream()
                .sorted(Comparator.comparing((EmphasisProgramView p) -> !p.active()).thenComparing(EmphasisProgramView::agency)
                        .thenComparing(p -> EmphasisProgramDirectory.name(p, locale.getLanguage())))
                .map(p -> summary(p, messages))
                .toList();
    }

    static ProgramPageDto.ProgramSummaryDto summary(EmphasisProgramView p, PortalMessages messages) {
        String period = p.startsOn() == null ? null
                : messages.date(p.startsOn()) + (p.endsOn() == null ? "" : " – " + messages.date(p.endsOn()));
        return new ProgramPageDto.ProgramSummaryDto(p.code(), EmphasisProgramDirectory.name(p, messages.locale().getLanguage()),
                p.agency(), messages.text("program.scope." + p.scope()), p.active(), period);
    }

    @Override
    public Optional<ProgramPageDto> program(String code, Locale locale) {
        Optional<EmphasisProgramView> found = directory.find(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EmphasisProgramView program = found.get();
        PortalMessages messages = PortalMessages.of(locale);
        String language = locale.getLanguage();
        String otherLanguage = "es".equals(language) ? "en" : "es";
        String otherName = EmphasisProgramDirectory.name(program, otherLanguage);
        // no sort: browsing a program, the search service puts the staff's curated order first, then the newest
        SearchCriteria supporting = SearchCriteria.from(Map.of("program", program.code()), language);
        List<SearchPageDto.HitDto> materials = List.of();
        long count = 0;
        try {
            SearchPageDto found2 = search.search(supporting, locale, MATERIALS);
            materials = found2.hits();
            count = found2.total();
        } catch (ServiceUnavailable e) {
            LOG.warning("Program page without its materials: " + e.getCause());
        }
        List<ActivityDigest> activities = digests.upcoming(null, program.code(), null, ACTIVITIES, messages);
        return Optional.of(new ProgramPageDto(summary(program, messages),
                otherName.equals(EmphasisProgramDirectory.name(program, language)) ? null : otherName, otherLanguage,
                materials, count, supporting.queryString(), activities));
    }
}
