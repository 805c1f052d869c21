package org.alliancehub.content.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.ExtractionClaims;
import org.alliancehub.content.application.ExtractionQueue;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Extraction;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialRepository;

/**
 * Stores an extraction result in its own transaction, if this instance still holds the job's claim
 * (giving it up in the same transaction); a published material's new text reaches the feed.
 */
@ApplicationScoped
public class ExtractionRecorder {


    @Inject
    MaterialRepository materials;

    @Inject
    PublicChangePublisher publicChanges;

    @Inject
    ExtractionClaims claims;

    /** False when nothing was recorded: another instance took the job over, or the file is no longer the version's. */
    @Transactional
    public boolean record(ExtractionQueue.Job job, Extraction result) {
        if (!claims.release(job)) {
            return false;
        }
        Material material = materials.find(job.materialId()).orElse(null);
        if (material == null || !material.recordExtraction(LanguageCode.of(job.language()), job.sha256(), result)) {
            return false;
        }
        materials.store(material);
        publicChanges.materialChanged(material, material.state().isPublic());
        return true;
    }
}
