package org.alliancehub.domain.model.alliance;

import java.util.List;
import java.util.Optional;

public interface AllianceRepository {

    Optional<Alliance> find(String id);

    /** A page of alliances ordered by name. */
    List<Alliance> list(int offset, int limit);

    long count();

    void store(Alliance alliance);
}
