package org.alliancehub.content.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialType;
import org.alliancehub.domain.model.material.VersionContent;

public interface MaterialService {

    record NewVersion(LanguageCode language, VersionContent content) {
    }

    record NewMaterial(String allianceId, MaterialType type, String publicationNumber, LocalDate publicationDate,
                       Set<String> topics, List<NewVersion> versions) {
    }

    /** The lifecycle steps a caller may ask for. */
    enum Transition {
        SUBMIT, REVIEW, RETURN, PUBLISH, WITHDRAW
    }

    Material create(NewMaterial material);

    Material putVersion(String materialId, NewVersion version);

    Material transition(String materialId, Transition transition);

    /** A material in any state (for its editors). */
    Material get(String id);

    /** A published material, or {@link NotFound}. */
    Material getPublished(String id);

    Page<Material> listPublished(PageRequest page);
}
