package org.alliancehub.content.application;

import java.time.LocalDate;

import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.program.EmphasisProgram;

public interface EmphasisProgramService {

    record ProgramDetails(String code, Agency agency, EmphasisProgram.Scope scope, String nameEnglish, String nameSpanish,
                          LocalDate startsOn, LocalDate endsOn) {
    }

    EmphasisProgram create(Caller caller, ProgramDetails details);

    /** {@code expectedVersion}, when given (If-Match), must be the stored version, else {@link StaleVersion} (409). */
    EmphasisProgram update(Caller caller, String code, ProgramDetails details, Long expectedVersion);

    EmphasisProgram get(String code);

    Page<EmphasisProgram> list(PageRequest page);

    /** The curated list and the candidates (curator, admin). */
    ProgramCurationView curation(Caller caller, String code);

    /**
     * Replaces the program's curated list (curator, admin): each item must be public and support the
     * program; the order readers see is then on the change feed. {@code expectedVersion} as in {@link #update}.
     */
    ProgramCurationView curate(Caller caller, String code, java.util.List<org.alliancehub.domain.model.program.CuratedItem> items,
                               Long expectedVersion);

    /** Staff delete a emphasis program nothing refers to any more; otherwise {@link StillReferenced} (409). */
    void delete(Caller caller, String code);
}
