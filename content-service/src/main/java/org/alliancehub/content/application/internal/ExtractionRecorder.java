package org.alliancehub.content.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Extraction;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialRepository;

/** Stores an extraction result in its own transaction; a published material's new text reaches the feed. */
@ApplicationScoped
public class ExtractionRecorder {


    @Inject
    MaterialRepository materials;

    @Inject
    PublicChangePublisher publicChanges;

    @Transactional
    public boolean record(String materialId, String language, String sha256, Extraction result) {
        Material material = materials.find(materialId).orElse(null);
        if (material == null || !material.recordExtraction(LanguageCode.of(language), sha256, result)) {
            return false;
        }
        materials.store(material);
        publicChanges.materialChanged(material, material.state().isPublic());
        return true;
    }
}
