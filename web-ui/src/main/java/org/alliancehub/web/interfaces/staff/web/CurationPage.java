package org.alliancehub.web.interfaces.staff.web;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.web.infrastructure.client.EmphasisProgramDirectory;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.ProgramCuration;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.interfaces.partner.web.PartnerWorkspace;
import org.alliancehub.web.interfaces.partner.web.WorkspaceMessages;
import org.alliancehub.web.interfaces.program.facade.ProgramFacade;
import org.alliancehub.web.interfaces.program.facade.ProgramPageDto;
import org.alliancehub.web.interfaces.staff.facade.CuratedList;
import org.alliancehub.web.interfaces.web.LocaleSelection;
import org.primefaces.event.ReorderEvent;

/**
 * A curator orders what an emphasis program shows first (`/staff/curation?program=`): the curated
 * list (rows dragged, or moved with buttons for keyboards and screen readers), each place featured
 * or not and for every reader or one language, items added from the public ones that support the
 * program. Saving sends the whole list with the version it was read at; a list someone else saved
 * meanwhile is shown instead, with a message, and nothing is overwritten. Without a program the
 * page lists the programs.
 */
@Named
@ViewScoped
public class CurationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HttpServletRequest request;

    @Inject
    ContentWorkspaceClient content;

    @Inject
    EmphasisProgramDirectory directory;

    @Inject
    ProgramFacade programs;

    @Inject
    LocaleSelection locale;

    private String program;
    private EmphasisProgramView shown;
    private CuratedList list;
    private OffsetDateTime curatedAt;
    private String curatedBy;

    public void load() {
        if (list != null || program == null) {
            return;
        }
        shown = directory.find(program).orElse(null);
        if (shown == null) {
            PartnerWorkspace.notFound();
            return;
        }
        read();
    }

    private void read() {
        ProgramCuration curation = content.call("the curation", api -> api.curation(auth(), shown.code()));
        list = new CuratedList(curation);
        curatedAt = curation.curatedAt();
        curatedBy = curation.curatedBy();
    }

    public void moveUp(int index) {
        list.move(index, -1);
    }

    public void moveDown(int index) {
        list.move(index, 1);
    }

    public void add(String kind, String id) {
        list.add(kind, id);
    }

    public void remove(int index) {
        list.remove(index);
    }

    /** A row dragged: the table has moved it in the list already. */
    public void onRowReorder(ReorderEvent event) {
        list.markChanged();
    }

    public void save() {
        try {
            ProgramCuration saved = content.call("the curation",
                    api -> api.curate(auth(), shown.code(), "\"" + list.version() + "\"", list.body()));
            list = new CuratedList(saved);
            curatedAt = saved.curatedAt();
            curatedBy = saved.curatedBy();
            WorkspaceMessages.info(locale.getMessages(), "curation.saved");
        } catch (WorkspaceRefusal refusal) {
            WorkspaceMessages.refusedSaving(locale.getMessages(), refusal, "curation.stale", this::read);
        }
    }

    private String auth() {
        return ContentWorkspaceClient.bearerOf(request);
    }

    /** Every program as the public programs page lists them: the running ones first, by agency and name. */
    public List<ProgramPageDto.ProgramSummaryDto> getPrograms() {
        return programs.programs(locale.getLocale());
    }

    public String name(EmphasisProgramView p) {
        return EmphasisProgramDirectory.name(p, locale.getLanguage());
    }

    public String getProgram() { return program; }
    public void setProgram(String program) { this.program = program == null || program.isBlank() ? null : program.strip(); }
    public EmphasisProgramView getShown() { return shown; }
    public CuratedList getList() { return list; }
    public OffsetDateTime getCuratedAt() { return curatedAt; }
    public String getCuratedBy() { return curatedBy; }
}
