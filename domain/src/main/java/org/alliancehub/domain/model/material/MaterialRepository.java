package org.alliancehub.domain.model.material;

import java.util.List;
import java.util.Optional;

public interface MaterialRepository {

    Optional<Material> find(String id);

    /**
     * Optional criteria of a material listing; null means any. {@code participantIds}, when set,
     * keeps the materials of alliances in which one of those organizations takes part.
     */
    record Filter(String allianceId, MaterialType type, String topic, String language, String programCode,
                  java.util.Set<String> participantIds) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null);

        public Filter(String allianceId, MaterialType type, String topic, String language, String programCode) {
            this(allianceId, type, topic, language, programCode, null);
        }

        /** The same criteria, narrowed to the alliances of these organizations. */
        public Filter ofParticipants(java.util.Set<String> organizationIds) {
            return new Filter(allianceId, type, topic, language, programCode, java.util.Set.copyOf(organizationIds));
        }
    }

    /** A page of materials in the given states matching the filter, most recently changed first. */
    List<Material> list(java.util.Set<MaterialState> states, Filter filter, int offset, int limit);

    long count(java.util.Set<MaterialState> states, Filter filter);

    /** Materials of an alliance in the given states. */
    List<Material> ofAlliance(String allianceId, java.util.Set<MaterialState> states);

    /** Materials with a language version that holds the file with this SHA-256, in any state. */
    List<Material> holdingFile(String sha256);

    /** The SHA-256 of every file a language version holds now. */
    java.util.Set<String> referencedFileHashes();

    /** Materials with a version whose file is still waiting for its text (e.g. after a restart). */
    List<Material> withExtractionPending();

    void store(Material material);

    void remove(Material material);
}
