package org.alliancehub.web.interfaces.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.interfaces.partner.web.PartnerWorkspace;
import org.alliancehub.web.interfaces.partner.web.WorkspaceMessages;
import org.alliancehub.web.interfaces.staff.facade.AllianceForm;
import org.alliancehub.web.interfaces.staff.facade.RegistryForms;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Staff keep the emphasis programs: the list by agency and code, and one form that records a new
 * program or, with {@code ?code=}, changes one (its code stays: it is the program's address and
 * what curation and materials refer to). A change saved by someone else meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class ProgramRegistryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> SCOPES = List.of("NATIONAL", "LOCAL");

    @Inject
    HttpServletRequest request;

    @Inject
    ContentWorkspaceClient content;

    @Inject
    LocaleSelection locale;

    private String editedCode;
    private long version;
    private String code;
    private String agency = "OSHA";
    private String scope = "NATIONAL";
    private String nameEnglish;
    private String nameSpanish;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<EmphasisProgramView> programs;

    public void load() {
        if (programs != null) {
            return;
        }
        list();
        if (editedCode != null) {
            content.found("the emphasis program", api -> api.program(auth(), editedCode)).ifPresentOrElse(this::edit, PartnerWorkspace::notFound);
        }
    }

    private void list() {
        programs = content.call("the emphasis programs", api -> api.programs(auth(), 1, OrganizationsPage.PAGE_SIZE)).items();
    }

    private void edit(EmphasisProgramView shown) {
        editedCode = shown.code();
        version = shown.version();
        code = shown.code();
        agency = shown.agency();
        scope = shown.scope();
        nameEnglish = shown.nameEnglish();
        nameSpanish = shown.nameSpanish();
        startsOn = shown.startsOn();
        endsOn = shown.endsOn();
    }

    public void save() {
        try {
            if (editedCode == null) {
                var body = RegistryForms.program(code, agency, scope, nameEnglish, nameSpanish, startsOn, endsOn);
                edit(content.call("a new emphasis program", api -> api.createProgram(auth(), body)));
                WorkspaceMessages.info(locale.getMessages(), "registry.program.created");
            } else {
                var body = RegistryForms.program(editedCode, agency, scope, nameEnglish, nameSpanish, startsOn, endsOn);
                edit(content.call("the emphasis program", api -> api.updateProgram(auth(), editedCode, "\"" + version + "\"", body)));
                WorkspaceMessages.info(locale.getMessages(), "registry.saved");
            }
        } catch (WorkspaceRefusal refusal) {
            WorkspaceMessages.refusedSaving(locale.getMessages(), refusal, "registry.stale",
                    () -> edit(content.call("the emphasis program", api -> api.program(auth(), editedCode))));
        }
        list();
    }

    private String auth() {
        return ContentWorkspaceClient.bearerOf(request);
    }

    public List<EmphasisProgramView> getPrograms() { return programs; }
    public List<String> getAgencies() { return AllianceForm.AGENCIES; }
    public List<String> getScopes() { return SCOPES; }
    public boolean isEditing() { return editedCode != null; }
    public String getEditedCode() { return editedCode; }
    public void setEditedCode(String code) { this.editedCode = code == null || code.isBlank() ? null : code; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getNameEnglish() { return nameEnglish; }
    public void setNameEnglish(String nameEnglish) { this.nameEnglish = nameEnglish; }
    public String getNameSpanish() { return nameSpanish; }
    public void setNameSpanish(String nameSpanish) { this.nameSpanish = nameSpanish; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
