package org.alliancehub.web.interfaces.program.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.program.facade.ProgramFacade;
import org.alliancehub.web.interfaces.program.facade.ProgramPageDto;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/** Backs the list of emphasis programs {@code /programs?lang=…}. */
@Named
@RequestScoped
public class ProgramsPage {

    @Inject
    ProgramFacade programs;

    @Inject
    LocaleSelection locale;

    private List<ProgramPageDto.ProgramSummaryDto> list;

    public List<ProgramPageDto.ProgramSummaryDto> getPrograms() {
        if (list == null) {
            list = programs.programs(locale.getLocale());
        }
        return list;
    }
}
