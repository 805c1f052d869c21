package org.alliancehub.content.application.internal;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.ChangeFeed;
import org.alliancehub.content.application.PublicDocuments;
import org.alliancehub.contracts.feed.FeedContract;
import org.alliancehub.contracts.feed.FeedDocuments;
import org.alliancehub.domain.model.activity.ActivityRepository;
import org.alliancehub.domain.model.activity.Event;
import org.alliancehub.domain.model.activity.TrainingProgram;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceRepository;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialRepository;
import org.alliancehub.domain.model.material.MaterialState;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.program.CuratedItem;
import org.alliancehub.domain.model.program.EmphasisProgram;

/**
 * The one place that puts public documents on the change feed. A public document (a material with
 * its language versions, a training, an event) is drawn from several aggregates: its own, its
 * alliance (name, agency), the alliance's participants (names) and its emphasis programs (names).
 * Each use case reports what it changed; this decides which public documents that touches and
 * appends their new document (the contracts module's records, made by {@link PublicDocuments}), in the caller's transaction, so the index never keeps a name
 * the content service no longer has. Each document goes on the feed once per call, however many
 * paths lead to it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PublicChangePublisher {

    /** Events are public whatever their dates: ended ones are found with when=past. */
    private static final OffsetDateTime EVERY_EVENT = OffsetDateTime.parse("1970-01-01T00:00Z");

    @Inject
    ChangeFeed changes;

    @Inject
    MaterialRepository materials;

    @Inject
    ActivityRepository activities;

    @Inject
    AllianceRepository alliances;

    /** A material's own change: its new public form, or its removal when it stopped being public. */
    public void materialChanged(Material material, boolean wasPublic) {
        if (material.state().isPublic()) {
            upsertMaterial(material);
        } else if (wasPublic) {
            changes.append(FeedContract.MATERIAL, material.id(), ChangeFeed.Action.DELETE, null);
        }
    }

    public void trainingChanged(TrainingProgram training, boolean wasPublic) {
        if (training.state().isPublic()) {
            changes.append(FeedContract.TRAINING, training.id(), ChangeFeed.Action.UPSERT,
                    FeedDocuments.toJson(PublicDocuments.training(training)));
        } else if (wasPublic) {
            changes.append(FeedContract.TRAINING, training.id(), ChangeFeed.Action.DELETE, null);
        }
    }

    public void eventChanged(Event event, boolean wasPublic) {
        if (event.state().isPublic()) {
            changes.append(FeedContract.EVENT, event.id(), ChangeFeed.Action.UPSERT, FeedDocuments.toJson(PublicDocuments.event(event)));
        } else if (wasPublic) {
            changes.append(FeedContract.EVENT, event.id(), ChangeFeed.Action.DELETE, null);
        }
    }

    /** Its name, agency or participants: every public material, training and event of the alliance. */
    public void allianceChanged(Alliance alliance) {
        Touched touched = new Touched();
        touched.allianceContent(alliance);
        touched.publish();
    }

    /** Its name: every public document of every alliance it takes part in. */
    public void organizationChanged(Organization organization) {
        Touched touched = new Touched();
        for (Alliance alliance : alliances.list(new AllianceRepository.Filter(null, null, null, organization.id()), 0, Integer.MAX_VALUE)) {
            touched.allianceContent(alliance);
        }
        touched.publish();
    }

    /** Its names: every public material, training and event that supports it. */
    public void programChanged(EmphasisProgram program) {
        Touched touched = new Touched();
        materials.list(EnumSet.of(MaterialState.PUBLISHED), new MaterialRepository.Filter(null, null, null, null, program.code()),
                0, Integer.MAX_VALUE).forEach(touched::add);
        activities.publishedTrainingsSupporting(program.code()).forEach(touched::add);
        activities.publishedEventsSupporting(program.code()).forEach(touched::add);
        touched.publish();
    }

    /** Its curated order: every public item that gained, kept or lost a place gets its new ranks. */
    public void curationChanged(java.util.Collection<CuratedItem> placed) {
        Touched touched = new Touched();
        for (CuratedItem item : placed) {
            switch (item.kind()) {
                case MATERIAL -> materials.find(item.itemId()).filter(m -> m.state().isPublic()).ifPresent(touched::add);
                case TRAINING -> activities.find(TrainingProgram.class, item.itemId()).filter(t -> t.state().isPublic()).ifPresent(touched::add);
                case EVENT -> activities.find(Event.class, item.itemId()).filter(e -> e.state().isPublic()).ifPresent(touched::add);
            }
        }
        touched.publish();
    }

    private void upsertMaterial(Material material) {
        changes.append(FeedContract.MATERIAL, material.id(), ChangeFeed.Action.UPSERT, FeedDocuments.toJson(PublicDocuments.material(material)));
    }

    /** The public documents one change reaches, each once, in a stable order. */
    private final class Touched {
        private final Map<String, Material> materialsById = new LinkedHashMap<>();
        private final Map<String, TrainingProgram> trainingsById = new LinkedHashMap<>();
        private final Map<String, Event> eventsById = new LinkedHashMap<>();

        void allianceContent(Alliance alliance) {
            materials.ofAlliance(alliance.id(), EnumSet.of(MaterialState.PUBLISHED)).forEach(this::add);
            activities.publishedTrainings(alliance.id(), null, 0, Integer.MAX_VALUE).forEach(this::add);
            activities.publishedEvents(alliance.id(), null, EVERY_EVENT, 0, Integer.MAX_VALUE).forEach(this::add);
        }

        void add(Material material) {
            materialsById.putIfAbsent(material.id(), material);
        }

        void add(TrainingProgram training) {
            trainingsById.putIfAbsent(training.id(), training);
        }

        void add(Event event) {
            eventsById.putIfAbsent(event.id(), event);
        }

        void publish() {
            materialsById.values().forEach(PublicChangePublisher.this::upsertMaterial);
            trainingsById.values().forEach(t -> trainingChanged(t, true));
            eventsById.values().forEach(s -> eventChanged(s, true));
        }
    }
}
