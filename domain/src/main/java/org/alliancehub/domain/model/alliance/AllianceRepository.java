package org.alliancehub.domain.model.alliance;

import java.util.List;
import java.util.Optional;

public interface AllianceRepository {

    Optional<Alliance> find(String id);

    /** Optional criteria of an alliance listing; null means any. */
    record Filter(Agency agency, AllianceLevel level, AllianceStatus status, String organizationId) {
        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** A page of alliances matching the filter, ordered by name. */
    List<Alliance> list(Filter filter, int offset, int limit);

    long count(Filter filter);

    void store(Alliance alliance);

    /** What still belongs to the alliance (materials, trainings, events, outreach activities), or empty. */
    java.util.Optional<String> referencedBy(String id);

    void remove(Alliance alliance);
}
