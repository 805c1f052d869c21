package org.alliancehub.web.interfaces.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.OrganizationView;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.interfaces.partner.web.PartnerWorkspace;
import org.alliancehub.web.interfaces.partner.web.WorkspaceMessages;
import org.alliancehub.web.interfaces.staff.facade.AllianceForm;
import org.alliancehub.web.interfaces.staff.facade.RegistryForms;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * One alliance in the registry ({@code ?id=}), or a new one: the agreement, its participants
 * (chosen by name as the staff type), the people it names, its goals, and its terms (renew,
 * conclude, promote to Ambassador). The content service keeps the domain's rules and its refusals
 * are shown in its own plain words; a change saved by someone else meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class AllianceRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Organizations offered as the staff type a participant's name. */
    static final int SUGGESTED = 10;

    @Inject
    HttpServletRequest request;

    @Inject
    ContentWorkspaceClient content;

    @Inject
    LocaleSelection locale;

    private String id;
    private AllianceView alliance;
    private AllianceForm form;
    private String participantName;
    private int renewalYears = 5;
    private LocalDate concludedOn;

    public void load() {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = AllianceForm.blank();
            return;
        }
        content.found("the alliance", api -> api.alliance(auth(), id)).ifPresentOrElse(this::show, PartnerWorkspace::notFound);
    }

    private void show(AllianceView shown) {
        alliance = shown;
        id = shown.id();
        form = AllianceForm.of(shown);
    }

    public String save() {
        JsonObject body = form.toRequest();
        try {
            if (id == null) {
                show(content.call("a new alliance", api -> api.createAlliance(auth(), body)));
                WorkspaceMessages.info(locale.getMessages(), "registry.alliance.created");
                // the new alliance's own address, so that a reload changes it rather than records it again
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/staff/alliance?faces-redirect=true&id=" + id;
            }
            show(content.call("the alliance", api -> api.updateAlliance(auth(), id, "\"" + alliance.version() + "\"", body)));
            WorkspaceMessages.info(locale.getMessages(), "registry.saved");
        } catch (WorkspaceRefusal refusal) {
            WorkspaceMessages.refusedSaving(locale.getMessages(), refusal, "registry.stale",
                    () -> show(content.call("the alliance", api -> api.alliance(auth(), id))));
        }
        return null;
    }

    /** Names of organizations that start with or contain what was typed, for the participant field. */
    public List<String> suggestParticipants(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return content.call("the organizations", api -> api.organizations(auth(), typed.strip(), 1, SUGGESTED)).items().stream()
                .map(OrganizationView::name).toList();
    }

    public void addParticipant() {
        String typed = participantName == null ? "" : participantName.strip();
        if (typed.isEmpty()) {
            WorkspaceMessages.error(locale.getMessages(), "registry.participant.missing");
            return;
        }
        Optional<OrganizationView> named = content.call("the organizations", api -> api.organizations(auth(), typed, 1, OrganizationsPage.PAGE_SIZE))
                .items().stream().filter(o -> o.name().equalsIgnoreCase(typed)).findFirst();
        if (named.isEmpty()) {
            WorkspaceMessages.error(locale.getMessages(), "registry.participant.unknown", typed);
            return;
        }
        if (!form.addParticipant(named.get())) {
            WorkspaceMessages.warn(locale.getMessages(), "registry.participant.twice", named.get().name());
        }
        participantName = null;
    }

    public void removeParticipant(String organizationId) {
        form.removeParticipant(organizationId);
    }

    public void addSignatory() { form.getSignatories().add(new AllianceForm.Person()); }
    public void removeSignatory(int row) { form.getSignatories().remove(row); }
    public void addTeamMember() { form.getImplementationTeam().add(new AllianceForm.Person()); }
    public void removeTeamMember(int row) { form.getImplementationTeam().remove(row); }
    public void addGoal() { form.getGoals().add(new AllianceForm.GoalRow()); }
    public void removeGoal(int row) { form.getGoals().remove(row); }

    public void renew() {
        recordTerm("renew", "registry.term.renewed");
    }

    public void conclude() {
        recordTerm("conclude", "registry.term.concluded");
    }

    public void promote() {
        recordTerm("promote-to-ambassador", "registry.term.promoted");
    }

    private void recordTerm(String action, String done) {
        JsonObject body = RegistryForms.term(action, renewalYears, concludedOn);
        try {
            show(content.call("the alliance's terms", api -> api.recordTerm(auth(), id, body)));
            WorkspaceMessages.info(locale.getMessages(), done);
        } catch (WorkspaceRefusal refusal) {
            WorkspaceMessages.refused(locale.getMessages(), refusal);
        }
    }

    private String auth() {
        return ContentWorkspaceClient.bearerOf(request);
    }

    public boolean isEditing() { return id != null; }
    public boolean isActive() { return alliance != null && "ACTIVE".equals(alliance.status()); }
    public AllianceView getAlliance() { return alliance; }
    public AllianceForm getForm() { return form; }
    public LocalDate getToday() { return LocalDate.now(ZoneOffset.UTC); }
    public List<String> getAgencies() { return AllianceForm.AGENCIES; }
    public List<String> getLevels() { return AllianceForm.LEVELS; }
    public List<String> getGoalCategories() { return AllianceForm.GOAL_CATEGORIES; }
    public List<String> getGoalHorizons() { return AllianceForm.GOAL_HORIZONS; }
    public List<String> getGoalStatuses() { return AllianceForm.GOAL_STATUSES; }
    public List<Integer> getRenewalChoices() { return List.of(1, 2, 3, 4, 5); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id == null || id.isBlank() ? null : id; }
    public String getParticipantName() { return participantName; }
    public void setParticipantName(String participantName) { this.participantName = participantName; }
    public int getRenewalYears() { return renewalYears; }
    public void setRenewalYears(int renewalYears) { this.renewalYears = renewalYears; }
    public LocalDate getConcludedOn() { return concludedOn; }
    public void setConcludedOn(LocalDate concludedOn) { this.concludedOn = concludedOn; }
}
