package org.alliancehub.domain.model.material;

import java.util.List;
import java.util.Optional;

public interface MaterialRepository {

    Optional<Material> find(String id);

    /** A page of materials in the given states, newest first. */
    List<Material> list(java.util.Set<MaterialState> states, int offset, int limit);

    /** Materials of an alliance in the given states. */
    List<Material> ofAlliance(String allianceId, java.util.Set<MaterialState> states);

    long count(java.util.Set<MaterialState> states);

    void store(Material material);
}
