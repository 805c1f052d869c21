package org.alliancehub.search.infrastructure.feed;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.contracts.feed.ChangeEntry;
import org.alliancehub.contracts.feed.ChangeFeedPage;
import org.alliancehub.contracts.feed.EventDocument;
import org.alliancehub.contracts.feed.FeedContract;
import org.alliancehub.contracts.feed.FeedDocuments;
import org.alliancehub.contracts.feed.MaterialDocument;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.contracts.feed.ProgramReference;
import org.alliancehub.contracts.feed.TrainingDocument;
import org.alliancehub.search.application.ActivityChange;
import org.alliancehub.search.application.ContentChanges;
import org.alliancehub.search.application.CuratedRank;
import org.alliancehub.search.application.IndexedActivity;
import org.alliancehub.search.application.IndexedVersion;
import org.alliancehub.search.application.MaterialChange;
import org.alliancehub.search.application.RefusedChange;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Reads the change feed of the content service at {@code alliancehub.content.url}, as the contracts
 * module's records, and translates its documents into what the index holds.
 */
@ApplicationScoped
public class RestContentChanges implements ContentChanges {

    private static final Logger LOG = TracedLogger.of(RestContentChanges.class);

    @Inject
    @ConfigProperty(name = "alliancehub.content.url")
    String contentUrl;

    private ContentFeedApi api;

    @PostConstruct
    void connect() {
        api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(contentUrl))
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build(ContentFeedApi.class);
    }

    /**
     * A brief hiccup (a restart of the content service, a dropped connection) is retried here with
     * jittered delays; a longer outage reaches the indexer's schedule, which backs off up to 30 s.
     */
    @Override
    @Retry(maxRetries = 3, delay = 200, jitter = 100, retryOn = {ProcessingException.class, WebApplicationException.class})
    public Batch after(long seq, int limit) {
        return translate(api.changes(seq, limit));
    }

    /**
     * The feed's page in the indexer's terms. An entry this reader cannot take (another major version
     * of the contract, a document that does not bind) is reported and skipped, as a document the
     * engine refuses is; the others go on.
     */
    static Batch translate(ChangeFeedPage page) {
        List<MaterialChange> changes = new ArrayList<>();
        List<ActivityChange> activities = new ArrayList<>();
        List<RefusedChange> unreadable = new ArrayList<>();
        for (ChangeEntry entry : page.changes()) {
            if (!FeedContract.understands(entry.contract())) {
                LOG.warning(() -> "Change " + entry.seq() + " (" + entry.kind() + " " + entry.id() + ") is written under feed contract "
                        + entry.contract() + "; this search service reads " + FeedContract.VERSION + ": skipped, upgrade the search service");
                unreadable.add(new RefusedChange(entry.seq(), entry.kind(), entry.id(),
                        "feed contract " + entry.contract() + " not understood (this reader: " + FeedContract.VERSION + ")", Instant.now()));
                continue;
            }
            try {
                switch (entry.kind()) {
                    case FeedContract.MATERIAL -> changes.add(entry.isRemoval() ? MaterialChange.removal(entry.seq(), entry.id())
                            : new MaterialChange(entry.seq(), entry.id(), false, versionsOf(FeedDocuments.material(entry))));
                    case FeedContract.TRAINING -> activities.add(new ActivityChange(entry.seq(), IndexedActivity.Kind.TRAINING, entry.id(),
                            entry.isRemoval() ? null : activityOf(FeedDocuments.training(entry))));
                    case FeedContract.EVENT -> activities.add(new ActivityChange(entry.seq(), IndexedActivity.Kind.EVENT, entry.id(),
                            entry.isRemoval() ? null : activityOf(FeedDocuments.event(entry))));
                    default -> LOG.fine(() -> "Change " + entry.seq() + " of kind " + entry.kind() + " is not indexed here");
                }
            } catch (JsonbException | DateTimeException | NullPointerException e) {
                // one entry's document is malformed (a date that does not parse, a missing field): reported and skipped
                unreadable.add(new RefusedChange(entry.seq(), entry.kind(), entry.id(), "unreadable in the feed: " + rootMessage(e), Instant.now()));
            }
        }
        return new Batch(changes, activities, unreadable, page.changes().size(), page.next(), page.head());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static IndexedActivity activityOf(TrainingDocument t) {
        return new IndexedActivity(t.id(), IndexedActivity.Kind.TRAINING, t.title(), t.description(), orEmpty(t.topics()),
                orEmpty(t.audiences()), orEmpty(t.languages()), codes(t.emphasisPrograms()), t.allianceId(), t.allianceName(),
                t.agency(), t.format(), t.durationMinutes(), t.provider(), t.link(),
                null, null, null, null, null, null, null, ranks(t.emphasisPrograms()));
    }

    static IndexedActivity activityOf(EventDocument e) {
        return new IndexedActivity(e.id(), IndexedActivity.Kind.EVENT, e.title(), e.description(), List.of(), List.of(),
                orEmpty(e.languages()), codes(e.emphasisPrograms()), e.allianceId(), e.allianceName(), e.agency(),
                null, null, null, null,
                e.kind(), e.startsAt(), e.endsAt(), e.timeZone(), e.place(), e.onlineLink(), e.registrationLink(),
                ranks(e.emphasisPrograms()));
    }

    /** Each program's curated ranks of the document (feed contract 1.1; none from a 1.0 entry). */
    static List<CuratedRank> ranks(List<ProgramReference> programs) {
        List<CuratedRank> ranks = new ArrayList<>();
        for (ProgramReference program : orEmpty(programs)) {
            for (ProgramReference.Placement placed : orEmpty(program.placements())) {
                ranks.add(new CuratedRank(program.code(), placed.language(), placed.rank(), placed.featured()));
            }
        }
        return ranks;
    }

    private static List<String> codes(List<ProgramReference> programs) {
        return programs == null ? List.of() : programs.stream().map(ProgramReference::code).toList();
    }

    static List<IndexedVersion> versionsOf(MaterialDocument material) {
        List<MaterialDocument.Version> versions = orEmpty(material.versions());
        List<String> languages = versions.stream().map(MaterialDocument.Version::language).toList();
        List<String> programNames = new ArrayList<>();
        for (ProgramReference program : orEmpty(material.emphasisPrograms())) {
            programNames.add(program.nameEnglish());
            programNames.add(program.nameSpanish());
        }
        programNames.removeIf(java.util.Objects::isNull);
        List<IndexedVersion> indexed = new ArrayList<>();
        for (MaterialDocument.Version version : versions) {
            indexed.add(new IndexedVersion(material.id(), version.language(), version.title(), version.summary(), version.text(),
                    material.type(), orEmpty(material.topics()), orEmpty(material.industries()), orEmpty(material.audiences()),
                    codes(material.emphasisPrograms()), programNames, material.allianceId(), material.allianceName(),
                    material.agency(), orEmpty(material.participants()), material.publicationNumber(), material.publicationDate(),
                    material.publishedAt(), languages, download(version), ranks(material.emphasisPrograms())));
        }
        return indexed;
    }

    /** What a reader needs to download the version's file directly from a hit: its name, type, size and pages. */
    static SearchResults.Download download(MaterialDocument.Version version) {
        if (version.file() == null) {
            return null;
        }
        return new SearchResults.Download(version.file().name(), version.file().mediaType(), version.file().size(),
                version.extraction() == null ? null : version.extraction().pageCount());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
