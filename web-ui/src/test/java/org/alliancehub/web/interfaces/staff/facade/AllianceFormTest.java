package org.alliancehub.web.interfaces.staff.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.OrganizationView;
import org.junit.jupiter.api.Test;

class AllianceFormTest {

    private static final OrganizationView UNION = new OrganizationView("1.0", "org-union", "Roofers Union", "UNION", null, 1);
    private static final OrganizationView BUSINESS = new OrganizationView("1.0", "org-acme", "Acme Roofing", "BUSINESS", null, 1);

    @Test
    void blankRowsAndABlankCoordinatorAreLeftOutOfTheRequest() {
        AllianceForm form = AllianceForm.blank();
        form.setName("  Roof Safety Alliance ");
        form.setSignedOn(LocalDate.of(2023, 1, 15));
        form.addParticipant(UNION);
        form.getImplementationTeam().add(new AllianceForm.Person());

        JsonObject body = form.toRequest();

        assertThat(body.getString("name")).isEqualTo("Roof Safety Alliance");
        assertThat(body.getString("signedOn")).isEqualTo("2023-01-15");
        assertThat(body.getString("agency")).isEqualTo("OSHA");
        assertThat(body.getJsonArray("signatories")).as("the empty row a new form starts with").isEmpty();
        assertThat(body.getJsonArray("implementationTeam")).isEmpty();
        assertThat(body.getJsonArray("goals")).as("a goal without a description").isEmpty();
        assertThat(body.containsKey("coordinator")).isFalse();
        assertThat(body.containsKey("regionOrOffice")).isFalse();
        assertThat(body.getJsonArray("participantIds").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("org-union");
    }

    @Test
    void anOrganizationTakesPartOnceAndCanBeRemoved() {
        AllianceForm form = AllianceForm.blank();
        assertThat(form.addParticipant(BUSINESS)).isTrue();
        assertThat(form.addParticipant(UNION)).isTrue();
        assertThat(form.addParticipant(BUSINESS)).isFalse();
        assertThat(form.getParticipants()).extracting(AllianceForm.Participant::name).containsExactly("Acme Roofing", "Roofers Union");
        form.removeParticipant("org-acme");
        assertThat(form.getParticipants()).extracting(AllianceForm.Participant::id).containsExactly("org-union");
    }

    @Test
    void aSavedAllianceComesBackAsTheSameRequest() {
        var coordinator = new AllianceView.ContactView("Sam Okafor", "Compliance assistance specialist", "OSHA Region 6", "okafor@example.gov", true);
        var signatory = new AllianceView.ContactView("Dana Ruiz", "President", "Acme Roofing", null, false);
        var goal = new AllianceView.GoalView("TRAINING_AND_EDUCATION", "LONG_TERM", "Train 500 roofers a year.", "IN_PROGRESS");
        var alliance = new AllianceView("1.0", "a-1", "Roof Safety Alliance", "OSHA", "REGIONAL", "Region 6", "ACTIVE",
                LocalDate.of(2023, 1, 15), null, false, false, List.of(BUSINESS, UNION), "Union members sit on the team.",
                coordinator, List.of(signatory), List.of(), List.of(goal), List.of(), null, 7);

        AllianceForm form = AllianceForm.of(alliance);
        JsonObject body = form.toRequest();

        assertThat(body.getString("level")).isEqualTo("REGIONAL");
        assertThat(body.getString("regionOrOffice")).isEqualTo("Region 6");
        assertThat(body.getString("workerInvolvement")).isEqualTo("Union members sit on the team.");
        assertThat(body.getJsonObject("coordinator").getBoolean("agencyRepresentative")).isTrue();
        assertThat(body.getJsonObject("coordinator").getString("email")).isEqualTo("okafor@example.gov");
        assertThat(body.getJsonArray("signatories").getJsonObject(0).containsKey("email")).isFalse();
        assertThat(body.getJsonArray("signatories").getJsonObject(0).getString("title")).isEqualTo("President");
        assertThat(body.getJsonArray("goals").getJsonObject(0).getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(body.getJsonArray("participantIds")).hasSize(2);
    }

    @Test
    void aNewCoordinatorIsTheAgencysContact() {
        AllianceForm form = AllianceForm.blank();
        assertThat(form.getCoordinator().isAgencyRepresentative()).isTrue();
        form.getCoordinator().setName("Sam Okafor");
        assertThat(form.toRequest().getJsonObject("coordinator").getBoolean("agencyRepresentative")).isTrue();
    }
}
