package org.alliancehub.web.interfaces.partner.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.alliancehub.web.infrastructure.client.workspace.OutreachActivity;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * An alliance's outreach for the annual evaluation: what its partners reported (dissemination,
 * speeches and exhibits, training delivered, reviews of agency materials, with the people reached),
 * and the form to report one more.
 */
@Named
@ViewScoped
public class OutreachPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> KINDS = List.of("DISSEMINATION", "SPEECH_OR_EXHIBIT", "TRAINING_DELIVERED",
            "AGENCY_MATERIAL_REVIEW");

    @Inject
    PartnerWorkspace workspace;

    @Inject
    LocaleSelection locale;

    private String allianceId;
    private String allianceName;
    private List<OutreachActivity> reported = List.of();

    private String kind = "DISSEMINATION";
    private LocalDate date;
    private String language = "en";
    private String audience;
    private Integer peopleReached;
    private String description;

    public void load() {
        if (allianceName != null) {
            return;
        }
        var alliance = workspace.alliance(allianceId);
        if (alliance.isEmpty()) {
            PartnerWorkspace.notFound();
            return;
        }
        allianceName = alliance.get().name();
        read();
    }

    private void read() {
        reported = workspace.content().call("outreach", api -> api.outreach(workspace.authorization(), allianceId, 1, 100)).items();
    }

    public void report() {
        JsonObjectBuilder body = Json.createObjectBuilder().add("allianceId", allianceId).add("kind", kind)
                .add("language", language).add("peopleReached", peopleReached == null ? 0 : peopleReached)
                .add("description", description == null ? "" : description.strip());
        if (date != null) {
            body.add("date", date.toString());
        }
        if (audience != null && !audience.isBlank()) {
            body.add("audience", audience.strip());
        }
        try {
            workspace.content().call("an outreach report", api -> api.reportOutreach(workspace.authorization(), body.build()));
            WorkspaceMessages.info(locale.getMessages(), "outreach.reported");
            description = null;
            peopleReached = null;
            audience = null;
            read();
        } catch (WorkspaceRefusal refusal) {
            WorkspaceMessages.refused(locale.getMessages(), refusal);
        }
    }

    public int getPeopleReachedTotal() {
        return reported.stream().mapToInt(OutreachActivity::peopleReached).sum();
    }

    public List<String> getKinds() { return KINDS; }
    public List<String> getLanguages() { return MaterialEditor.LANGUAGES; }
    public LocalDate getToday() { return LocalDate.now(); }
    public String getAllianceId() { return allianceId; }
    public void setAllianceId(String allianceId) { this.allianceId = allianceId; }
    public String getAllianceName() { return allianceName; }
    public List<OutreachActivity> getReported() { return reported; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public Integer getPeopleReached() { return peopleReached; }
    public void setPeopleReached(Integer peopleReached) { this.peopleReached = peopleReached; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
