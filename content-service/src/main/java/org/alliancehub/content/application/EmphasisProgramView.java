package org.alliancehub.content.application;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.alliancehub.domain.model.program.EmphasisProgram;

public record EmphasisProgramView(String code, String agency, String scope, String nameEnglish, String nameSpanish,
                                  LocalDate startsOn, LocalDate endsOn, boolean active, long version) {

    public static EmphasisProgramView of(EmphasisProgram p) {
        return new EmphasisProgramView(p.code(), p.agency().name(), p.scope().name(), p.nameEnglish(), p.nameSpanish(),
                p.startsOn(), p.endsOn(), p.isActiveOn(LocalDate.now(ZoneOffset.UTC)), p.version());
    }
}
