package org.alliancehub.content.application.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.ActivityService;
import org.alliancehub.content.application.HistoryEntry;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.activity.ActivityRepository;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.activity.PublishedActivity;
import org.alliancehub.domain.model.activity.Seminar;
import org.alliancehub.domain.model.activity.TrainingProgram;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceRepository;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Actor;

@ApplicationScoped
@Transactional
public class DefaultActivityService implements ActivityService {

    /** Work lists show events whatever their dates: ended ones too. */
    private static final OffsetDateTime EVERY_EVENT = OffsetDateTime.parse("1970-01-01T00:00Z");

    static final String TRAINING = "training";
    static final String EVENT = "event";

    @Inject
    ActivityRepository activities;

    @Inject
    AllianceRepository alliances;

    @Inject
    PublicChangePublisher publicChanges;

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
        StaleVersion.requireMatch(TRAINING, expectedVersion, training.version());
        training.describe(details);
        training.supportPrograms(programLookup.byCodes(programCodes));
        activities.store(training);
        return training;
    }

    @Override
    public TrainingProgram stepTraining(Caller caller, String id, Step step, String comment) {
        caller.require(Role.CURATOR, Role.ADMIN);
        TrainingProgram training = editableTraining(caller, id);
        return step(caller, training, step, comment, activities::store, publicChanges::trainingChanged);
    }

    @Override
    public List<HistoryEntry> trainingHistory(Caller caller, String id) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        return history(editableTraining(caller, id));
    }

    private static List<HistoryEntry> history(PublishedActivity activity) {
        return activity.history().stream()
                .map(HistoryEntry::of)
                .toList();
    }

    /** Publishing puts the public representation on the feed; withdrawing takes it off. */
    private <A extends PublishedActivity> A step(Caller caller, A activity, Step step, String comment,
                                                 java.util.function.Consumer<A> store, java.util.function.BiConsumer<A, Boolean> published) {
        Actor by = new Actor(caller.accountId(), caller.username());
        boolean wasPublic = activity.state().isPublic();
        if (step == Step.PUBLISH) {
            activity.publish(by, comment);
        } else {
            activity.withdraw(by, comment);
        }
        store.accept(activity);
        published.accept(activity, wasPublic);
        return activity;
    }

    private TrainingProgram editableTraining(Caller caller, String id) {
        return activities.findTraining(id).filter(t -> caller.mayEditFor(t.alliance()))
                .orElseThrow(() -> new NotFound("training", id));
    }

    @Override
    public void deleteTraining(Caller caller, String id, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        delete(editableTraining(caller, id), TRAINING, expectedVersion, activities::remove);
    }

    /** Drafts only, and only from the version the caller read. */
    private static <A extends PublishedActivity> void delete(A activity, String kind, Long expectedVersion,
                                                             java.util.function.Consumer<A> remove) {
        StaleVersion.requireMatch(kind, expectedVersion, activity.version());
        activity.requireDeletable();
        remove.accept(activity);
    }

    @Override
    public TrainingProgram training(Caller caller, String id) {
        return activities.findTraining(id).filter(t -> t.state().isPublic() || caller.mayEditFor(t.alliance()))
                .orElseThrow(() -> new NotFound("training", id));
    }

    @Override
    public Page<TrainingProgram> publishedTrainings(String allianceId, String language, PageRequest page) {
        String lang = languageTag(language);
        return new Page<>(activities.publishedTrainings(allianceId, lang, page.offset(), page.size()), page.page(), page.size(),
                activities.countPublishedTrainings(allianceId, lang));
    }

    @Override
    public Page<TrainingProgram> trainingsForWork(Caller caller, PublicationState state, String allianceId, String language,
                                                  PageRequest page) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        String lang = languageTag(language);
        Set<String> participants = caller.isStaff() ? null : caller.organizationIds();
        return new Page<>(activities.trainings(state, allianceId, lang, participants, page.offset(), page.size()), page.page(),
                page.size(), activities.countTrainings(state, allianceId, lang, participants));
    }

    @Override
    public Page<Seminar> seminarsForWork(Caller caller, PublicationState state, String allianceId, String language, PageRequest page) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        String lang = languageTag(language);
        Set<String> participants = caller.isStaff() ? null : caller.organizationIds();
        return new Page<>(activities.seminars(state, allianceId, lang, EVERY_EVENT, participants, page.offset(), page.size()),
                page.page(), page.size(), activities.countSeminars(state, allianceId, lang, EVERY_EVENT, participants));
    }

    private static String languageTag(String language) {
        return language == null || language.isBlank() ? null : LanguageCode.of(language).tag();
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
        StaleVersion.requireMatch(EVENT, expectedVersion, seminar.version());
        seminar.describe(details);
        seminar.supportPrograms(programLookup.byCodes(programCodes));
        activities.store(seminar);
        return seminar;
    }

    @Override
    public Seminar stepSeminar(Caller caller, String id, Step step, String comment) {
        caller.require(Role.CURATOR, Role.ADMIN);
        return step(caller, editableSeminar(caller, id), step, comment, activities::store, publicChanges::eventChanged);
    }

    @Override
    public List<HistoryEntry> seminarHistory(Caller caller, String id) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        return history(editableSeminar(caller, id));
    }

    private Seminar editableSeminar(Caller caller, String id) {
        return activities.findSeminar(id).filter(s -> caller.mayEditFor(s.alliance()))
                .orElseThrow(() -> new NotFound("event", id));
    }

    @Override
    public void deleteSeminar(Caller caller, String id, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        delete(editableSeminar(caller, id), EVENT, expectedVersion, activities::remove);
    }

    @Override
    public Seminar seminar(Caller caller, String id) {
        return activities.findSeminar(id).filter(s -> s.state().isPublic() || caller.mayEditFor(s.alliance()))
                .orElseThrow(() -> new NotFound("event", id));
    }

    @Override
    public Page<Seminar> publishedSeminars(String allianceId, String language, OffsetDateTime after, PageRequest page) {
        String lang = languageTag(language);
        return new Page<>(activities.publishedSeminars(allianceId, lang, after, page.offset(), page.size()), page.page(),
                page.size(), activities.countPublishedSeminars(allianceId, lang, after));
    }
}
