package org.alliancehub.content.application.internal;

import java.time.OffsetDateTime;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.ActivityService;
import org.alliancehub.content.application.ActivityViews;
import org.alliancehub.content.application.ChangeFeed;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.activity.ActivityRepository;
import org.alliancehub.domain.model.activity.PublishedActivity;
import org.alliancehub.domain.model.activity.Seminar;
import org.alliancehub.domain.model.activity.TrainingProgram;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceRepository;
import org.alliancehub.domain.model.language.LanguageCode;

@ApplicationScoped
@Transactional
public class DefaultActivityService implements ActivityService {

    static final String TRAINING = "training";
    static final String EVENT = "event";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ActivityRepository activities;

    @Inject
    AllianceRepository alliances;

    @Inject
    ChangeFeed changes;

    @Inject
    EmphasisProgramLookup programLookup;

    private Alliance allianceFor(Caller caller, String allianceId) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        return alliances.find(allianceId).filter(caller::mayEditFor).orElseThrow(() -> new NotFound("alliance", allianceId));
    }

    @Override
    public TrainingProgram createTraining(Caller caller, String allianceId, TrainingProgram.Details details, Set<String> programCodes) {
        TrainingProgram training = new TrainingProgram(allianceFor(caller, allianceId), details);
        training.supportPrograms(programLookup.byCodes(programCodes));
        activities.store(training);
        return training;
    }

    @Override
    public TrainingProgram updateTraining(Caller caller, String id, TrainingProgram.Details details, Set<String> programCodes,
                                          Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        TrainingProgram training = editableTraining(caller, id);
        if (expectedVersion != null && expectedVersion != training.version()) {
            throw new StaleVersion("training", expectedVersion, training.version());
        }
        training.describe(details);
        training.supportPrograms(programLookup.byCodes(programCodes));
        activities.store(training);
        return training;
    }

    @Override
    public TrainingProgram stepTraining(Caller caller, String id, Step step) {
        caller.require(Role.CURATOR, Role.ADMIN);
        TrainingProgram training = editableTraining(caller, id);
        return step(training, step, TRAINING, activities::store, ActivityViews.TrainingView::of);
    }

    /** Publishing puts the public representation on the feed; withdrawing takes it off. */
    private <A extends PublishedActivity> A step(A activity, Step step, String kind, java.util.function.Consumer<A> store,
                                                 java.util.function.Function<A, Object> view) {
        if (step == Step.PUBLISH) {
            activity.publish();
            store.accept(activity);
            changes.append(kind, activity.id(), ChangeFeed.Action.UPSERT, JSON.toJson(view.apply(activity)));
        } else {
            activity.withdraw();
            store.accept(activity);
            changes.append(kind, activity.id(), ChangeFeed.Action.DELETE, null);
        }
        return activity;
    }

    private TrainingProgram editableTraining(Caller caller, String id) {
        return activities.findTraining(id).filter(t -> caller.mayEditFor(t.alliance()))
                .orElseThrow(() -> new NotFound("training", id));
    }

    @Override
    public TrainingProgram training(Caller caller, String id) {
        return activities.findTraining(id).filter(t -> t.state().isPublic() || caller.mayEditFor(t.alliance()))
                .orElseThrow(() -> new NotFound("training", id));
    }

    @Override
    public Page<TrainingProgram> publishedTrainings(String allianceId, String language, PageRequest page) {
        String lang = language == null || language.isBlank() ? null : LanguageCode.of(language).tag();
        return new Page<>(activities.publishedTrainings(allianceId, lang, page.offset(), page.size()), page.page(), page.size(),
                activities.countPublishedTrainings(allianceId, lang));
    }

    @Override
    public Seminar createSeminar(Caller caller, String allianceId, Seminar.Details details, Set<String> programCodes) {
        Seminar seminar = new Seminar(allianceFor(caller, allianceId), details);
        seminar.supportPrograms(programLookup.byCodes(programCodes));
        activities.store(seminar);
        return seminar;
    }

    @Override
    public Seminar updateSeminar(Caller caller, String id, Seminar.Details details, Set<String> programCodes, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        Seminar seminar = editableSeminar(caller, id);
        if (expectedVersion != null && expectedVersion != seminar.version()) {
            throw new StaleVersion("event", expectedVersion, seminar.version());
        }
        seminar.describe(details);
        seminar.supportPrograms(programLookup.byCodes(programCodes));
        activities.store(seminar);
        return seminar;
    }

    @Override
    public Seminar stepSeminar(Caller caller, String id, Step step) {
        caller.require(Role.CURATOR, Role.ADMIN);
        return step(editableSeminar(caller, id), step, EVENT, activities::store, ActivityViews.EventView::of);
    }

    private Seminar editableSeminar(Caller caller, String id) {
        return activities.findSeminar(id).filter(s -> caller.mayEditFor(s.alliance()))
                .orElseThrow(() -> new NotFound("event", id));
    }

    @Override
    public Seminar seminar(Caller caller, String id) {
        return activities.findSeminar(id).filter(s -> s.state().isPublic() || caller.mayEditFor(s.alliance()))
                .orElseThrow(() -> new NotFound("event", id));
    }

    @Override
    public Page<Seminar> publishedSeminars(String allianceId, String language, OffsetDateTime after, PageRequest page) {
        String lang = language == null || language.isBlank() ? null : LanguageCode.of(language).tag();
        return new Page<>(activities.publishedSeminars(allianceId, lang, after, page.offset(), page.size()), page.page(),
                page.size(), activities.countPublishedSeminars(allianceId, lang, after));
    }
}
