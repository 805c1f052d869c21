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

    /** Staff delete a emphasis program nothing refers to any more; otherwise {@link StillReferenced} (409). */
    void delete(Caller caller, String code);
}
