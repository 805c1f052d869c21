package org.alliancehub.web.infrastructure.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * The emphasis programs, read from the content service at most once a minute: every results page
 * names its program facet's codes, the home page features each program. A few dozen programs at
 * most, so the whole list is kept; when the content service cannot answer, the last list read is
 * used, and codes stand for names until one is read.
 */
@ApplicationScoped
public class EmphasisProgramDirectory {

    private static final Logger LOG = TracedLogger.of(EmphasisProgramDirectory.class);
    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    /** The content service's rule for a program code; anything else cannot name a program. */
    static final java.util.regex.Pattern WELL_FORMED_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");
    /** The content service's largest page. */
    static final int PAGE_SIZE = 100;

    @Inject
    ContentServiceClient content;

    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.EPOCH);

    private record Snapshot(List<EmphasisProgramView> programs, Instant readAt) {
    }

    /** Every program, by agency and code. */
    public List<EmphasisProgramView> all() {
        Snapshot current = snapshot;
        if (current.readAt().plus(FRESH_FOR).isBefore(Instant.now())) {
            current = refresh(current);
        }
        return current.programs();
    }

    /**
     * A program by code. A code not in the list read is asked for by itself (a program created since
     * the list was read must not be "not found" for a minute); a well-formed code is one cheap
     * lookup, a malformed one is not asked at all, and a hit reads the list again.
     */
    public Optional<EmphasisProgramView> find(String code) {
        Optional<EmphasisProgramView> found = inList(all(), code);
        if (found.isPresent() || code == null || !WELL_FORMED_CODE.matcher(code).matches()) {
            return found;
        }
        Snapshot seen = snapshot;
        try {
            found = content.find("emphasis program " + code, api -> api.program(code));
        } catch (ServiceUnavailable e) {
            LOG.warning("Emphasis program " + code + " not looked up: " + e.getMessage());
            return Optional.empty();
        }
        if (found.isPresent()) {
            refresh(seen);
        }
        return found;
    }

    private static Optional<EmphasisProgramView> inList(List<EmphasisProgramView> programs, String code) {
        return programs.stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The program's name in the language (Spanish or English), its code when unknown. */
    public String name(String code, String language) {
        return find(code).map(p -> name(p, language)).orElse(code);
    }

    public static String name(EmphasisProgramView program, String language) {
        return "es".equals(language) && program.nameSpanish() != null ? program.nameSpanish() : program.nameEnglish();
    }

    /** Names by code in one language, for a page that labels many codes. */
    public Function<String, String> names(String language) {
        Map<String, String> names = all().stream().collect(Collectors.toMap(p -> p.code().toUpperCase(java.util.Locale.ROOT),
                p -> name(p, language), (a, b) -> a));
        return code -> names.getOrDefault(code.toUpperCase(java.util.Locale.ROOT), code);
    }

    private synchronized Snapshot refresh(Snapshot seen) {
        if (snapshot != seen) {
            return snapshot;
        }
        try {
            snapshot = new Snapshot(content.api().programs(1, PAGE_SIZE).items(), Instant.now());
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warning("Emphasis programs not read from the content service, the last ones read are used: " + e);
            // asked again at the next page after a short pause, not at every page while it is down
            snapshot = new Snapshot(seen.programs(), Instant.now().minus(FRESH_FOR).plusSeconds(10));
        }
        return snapshot;
    }
}
