package org.alliancehub.content.application;

import java.util.List;
import java.util.Set;

import java.time.OffsetDateTime;

import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.activity.Seminar;
import org.alliancehub.domain.model.activity.TrainingProgram;

/** Trainings and events: partners of the alliance draft them, staff publish and withdraw them. */
public interface ActivityService {

    enum Step { PUBLISH, WITHDRAW }

    TrainingProgram createTraining(Caller caller, String allianceId, TrainingProgram.Details details, Set<String> programCodes);

    TrainingProgram updateTraining(Caller caller, String id, TrainingProgram.Details details, Set<String> programCodes,
                                   Long expectedVersion);

    /** Staff publish or withdraw; the step is recorded with the caller and the optional comment. */
    TrainingProgram stepTraining(Caller caller, String id, Step step, String comment);

    /** The publication steps of a training, for the partners of its alliance and for staff. */
    List<HistoryEntry> trainingHistory(Caller caller, String id);

    TrainingProgram training(Caller caller, String id);

    /** Deletes a draft training (a published one is withdrawn). */
    void deleteTraining(Caller caller, String id, Long expectedVersion);

    Page<TrainingProgram> publishedTrainings(String allianceId, String language, PageRequest page);

    /** The caller's work list: trainings in a state of the alliances a partner acts for (staff: all), by title. */
    Page<TrainingProgram> trainingsForWork(Caller caller, PublicationState state, String allianceId, String language, PageRequest page);

    Seminar createSeminar(Caller caller, String allianceId, Seminar.Details details, Set<String> programCodes);

    Seminar updateSeminar(Caller caller, String id, Seminar.Details details, Set<String> programCodes, Long expectedVersion);

    Seminar stepSeminar(Caller caller, String id, Step step, String comment);

    List<HistoryEntry> seminarHistory(Caller caller, String id);

    Seminar seminar(Caller caller, String id);

    void deleteSeminar(Caller caller, String id, Long expectedVersion);

    /** Published events that have not ended by {@code after}, soonest first. */
    Page<Seminar> publishedSeminars(String allianceId, String language, OffsetDateTime after, PageRequest page);

    /** The caller's work list of events in a state, past ones included, soonest first. */
    Page<Seminar> seminarsForWork(Caller caller, PublicationState state, String allianceId, String language, PageRequest page);
}
