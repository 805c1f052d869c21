package org.alliancehub.content.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialState;
import org.alliancehub.domain.model.material.MaterialType;
import org.alliancehub.domain.model.material.VersionContent;

public interface MaterialService {

    record NewVersion(LanguageCode language, VersionContent content) {
    }

    record NewMaterial(String allianceId, MaterialType type, String publicationNumber, LocalDate publicationDate,
                       Set<String> topics, Set<String> industries, Set<String> audiences, Set<String> emphasisPrograms,
                       List<NewVersion> versions) {
    }

    /** What a draft's metadata form changes: everything of a {@link NewMaterial} but its alliance, programs and versions. */
    record Metadata(MaterialType type, String publicationNumber, LocalDate publicationDate, Set<String> topics,
                    Set<String> industries, Set<String> audiences) {
    }

    /**
     * A partner of the alliance, or staff, replaces a draft's metadata as a whole; {@code expectedVersion},
     * when given, must match (else 409). A material that is no draft is a 409 (it is edited only as a draft).
     */
    Material editMetadata(Caller caller, String materialId, Metadata metadata, Long expectedVersion);

    /** Staff link a material, in any state, to the emphasis programs it supports. */
    Material supportPrograms(Caller caller, String materialId, Set<String> programCodes);

    /** The lifecycle steps a caller may ask for. */
    enum Transition {
        SUBMIT, REVIEW, RETURN, PUBLISH, WITHDRAW
    }

    /** A partner of the alliance, or staff, creates a draft. */
    Material create(Caller caller, NewMaterial material);

    /** Adds or replaces a version of a draft; {@code expectedVersion}, when given, must match (else 409). */
    Material putVersion(Caller caller, String materialId, NewVersion version, Long expectedVersion);

    /** Removes a language version of a draft; {@code expectedVersion} as for {@link #putVersion}. */
    Material removeVersion(Caller caller, String materialId, LanguageCode language, Long expectedVersion);

    /** Deletes a draft that was never published (a published one is withdrawn); its files are left to the {@link FileSweep}. */
    void delete(Caller caller, String materialId, Long expectedVersion);

    /** Partners of the alliance submit; staff do the rest. */
    Material transition(Caller caller, String materialId, Transition transition, String comment);

    /** A material in any state, for the partners of its alliance and for staff; public when published. */
    Material get(Caller caller, String id);

    /** The lifecycle steps of a material, for the partners of its alliance and for staff. */
    List<HistoryEntry> history(Caller caller, String materialId);

    /** A published material, or {@link NotFound}. */
    Material getPublished(String id);

    /**
     * The caller's work list: materials in the given states, of the alliances the caller acts for
     * (staff: all). For partners that is their own drafts and submissions; for curators the review queue.
     */
    Page<Material> listForWork(Caller caller, Set<MaterialState> states, org.alliancehub.domain.model.material.MaterialRepository.Filter filter,
                               PageRequest page);

    Page<Material> listPublished(org.alliancehub.domain.model.material.MaterialRepository.Filter filter, PageRequest page);
}
