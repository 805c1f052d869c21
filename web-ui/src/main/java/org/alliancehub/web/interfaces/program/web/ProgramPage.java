package org.alliancehub.web.interfaces.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.program.facade.ProgramFacade;
import org.alliancehub.web.interfaces.program.facade.ProgramPageDto;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/** Backs an emphasis program's page {@code /program?code=…&lang=…}; an unknown code is a 404 page in the reader's language. */
@Named
@RequestScoped
public class ProgramPage {

    static final int MAX_CODE = 40;

    @Inject
    ProgramFacade programs;

    @Inject
    LocaleSelection locale;

    private ProgramPageDto program;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String code = external.getRequestParameterMap().getOrDefault("code", "").strip();
        if (!code.isEmpty() && code.length() <= MAX_CODE && code.matches("[A-Za-z0-9_.-]+")) {
            program = programs.program(code, locale.getLocale()).orElse(null);
        }
        if (program == null) {
            external.setResponseStatus(404);
        }
    }

    public ProgramPageDto getProgram() {
        return program;
    }
}
