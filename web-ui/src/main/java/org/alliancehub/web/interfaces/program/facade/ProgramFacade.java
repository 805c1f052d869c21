package org.alliancehub.web.interfaces.program.facade;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The emphasis programs and what supports each, in the reader's language. */
public interface ProgramFacade {

    /** Every program, those in force first, by agency and name. */
    List<ProgramPageDto.ProgramSummaryDto> programs(Locale locale);

    /** One program and what supports it; empty when no program has this code. */
    Optional<ProgramPageDto> program(String code, Locale locale);
}
