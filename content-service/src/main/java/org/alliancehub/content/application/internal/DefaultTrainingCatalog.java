package org.alliancehub.content.application.internal;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.TrainingCatalog;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.activity.TrainingProgram;
import org.alliancehub.domain.model.alliance.Alliance;

@ApplicationScoped
@Transactional
public class DefaultTrainingCatalog extends DefaultActivityCatalog<TrainingProgram, TrainingProgram.Details> implements TrainingCatalog {

    public DefaultTrainingCatalog() {
        super(TrainingProgram.class, "training");
    }

    @Override
    TrainingProgram newActivity(Alliance alliance, TrainingProgram.Details details) {
        return new TrainingProgram(alliance, details);
    }

    @Override
    void changed(TrainingProgram training, boolean wasPublic) {
        publicChanges.trainingChanged(training, wasPublic);
    }

    @Override
    List<TrainingProgram> work(PublicationState state, String allianceId, String language, Set<String> participants, int offset,
                               int limit) {
        return activities.trainings(state, allianceId, language, participants, offset, limit);
    }

    @Override
    long countWork(PublicationState state, String allianceId, String language, Set<String> participants) {
        return activities.countTrainings(state, allianceId, language, participants);
    }

    @Override
    public Page<TrainingProgram> published(String allianceId, String language, PageRequest page) {
        String lang = languageTag(language);
        return new Page<>(activities.publishedTrainings(allianceId, lang, page.offset(), page.size()), page.page(), page.size(),
                activities.countPublishedTrainings(allianceId, lang));
    }
}
