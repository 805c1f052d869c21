package org.alliancehub.content.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.ContentContract;
import org.alliancehub.contracts.content.EventView;
import org.alliancehub.contracts.content.TrainingView;
import org.alliancehub.domain.model.activity.Event;
import org.alliancehub.domain.model.activity.TrainingProgram;
import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.alliance.Contact;
import org.alliancehub.domain.model.alliance.Goal;
import org.alliancehub.domain.model.alliance.GoalCategory;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.alliancehub.domain.model.program.EmphasisProgram;
import org.junit.jupiter.api.Test;

/**
 * The content API's public views, now the contracts module's records: the JSON keeps every field it
 * had before it was a contract (the portal and scripts read them), adds {@code contract}, and reads
 * back into the same records on the consumer's side.
 */
class PublicViewsTest {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Alliance alliance = alliance();
    private final EmphasisProgram program = new EmphasisProgram("NEP-TRENCH", Agency.OSHA, EmphasisProgram.Scope.NATIONAL,
            "Trenching and excavation", "Zanjas y excavaciones", LocalDate.of(2020, 1, 1), null);

    private static Alliance alliance() {
        Alliance alliance = new Alliance("Trench Safety Alliance", Agency.OSHA, AllianceLevel.NATIONAL, null, LocalDate.of(2024, 3, 1),
                List.of(new Organization("Laborers Union", OrganizationType.UNION, "https://example.org")), "Laborers sit on every workgroup.");
        alliance.describeImplementation(new Contact("Pat Rivera", "Compliance assistance specialist", "OSHA", null, true), List.of(),
                List.of(new Contact("Ana Ruiz", null, "Laborers Union", null, false)),
                List.of(new Goal(GoalCategory.TRAINING_AND_EDUCATION, Goal.Horizon.SHORT_TERM, "Competent-person courses", Goal.Status.PLANNED)));
        return alliance;
    }

    private static Set<String> fieldsOf(Object view) {
        return object(JSON.toJson(view)).keySet();
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void theAllianceKeepsItsFieldsAndItsParticipantsAreOrganizationViews() {
        AllianceView view = PublicViews.alliance(alliance);
        assertThat(fieldsOf(view)).containsExactlyInAnyOrder("contract", "id", "name", "agency", "level", "status", "signedOn",
                "ambassador", "ambassadorEligible", "participants", "workerInvolvement", "coordinator", "signatories",
                "implementationTeam", "goals", "terms", "createdAt", "version");
        JsonObject json = object(JSON.toJson(view));
        assertThat(json.getString("contract")).isEqualTo(ContentContract.VERSION);
        assertThat(json.getJsonArray("participants").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("contract", "id", "name", "type", "website", "version");
        assertThat(json.getJsonObject("coordinator").keySet()).containsExactlyInAnyOrder("name", "title", "affiliation", "agencyRepresentative");
        assertThat(json.getJsonArray("goals").getJsonObject(0).keySet()).containsExactlyInAnyOrder("category", "horizon", "description", "status");
        assertThat(json.getJsonArray("terms").getJsonObject(0).keySet()).containsExactlyInAnyOrder("kind", "startsOn", "endsOn");
        assertThat(JSON.fromJson(JSON.toJson(view), AllianceView.class)).isEqualTo(view);
    }

    @Test
    void trainingsAndEventsKeepTheirFieldsWithTheirProgramsAsProgramViews() {
        TrainingProgram training = new TrainingProgram(alliance, new TrainingProgram.Details("Competent person for trenching",
                "Protective systems and daily inspections.", Set.of("trenching"), Set.of("supervisors"), Set.of("es", "en"),
                TrainingProgram.Format.IN_PERSON, 480, "NUCA", null, null, null));
        training.supportPrograms(Set.of(program));
        TrainingView trainingView = PublicViews.training(training);
        assertThat(fieldsOf(trainingView)).containsExactlyInAnyOrder("contract", "id", "allianceId", "allianceName", "agency", "title",
                "description", "topics", "audiences", "languages", "format", "durationMinutes", "provider", "emphasisPrograms", "state",
                "updatedAt", "version");
        assertThat(trainingView.languages()).containsExactly("en", "es");
        assertThat(object(JSON.toJson(trainingView)).getJsonArray("emphasisPrograms").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("contract", "code", "agency", "scope", "nameEnglish", "nameSpanish", "startsOn", "active", "version");
        assertThat(JSON.fromJson(JSON.toJson(trainingView), TrainingView.class)).isEqualTo(trainingView);

        Event event = new Event(alliance, new Event.Details(Event.Kind.STAND_DOWN, "Trench safety stand-down", null,
                LocalDateTime.of(2031, 6, 10, 9, 0), LocalDateTime.of(2031, 6, 10, 13, 0), "America/Chicago", "Houston, Texas",
                null, null, Set.of("en")));
        EventView eventView = PublicViews.event(event);
        assertThat(fieldsOf(eventView)).containsExactlyInAnyOrder("contract", "id", "allianceId", "allianceName", "agency", "kind", "title",
                "startsAt", "endsAt", "timeZone", "localStart", "place", "languages", "emphasisPrograms", "state", "updatedAt", "version");
        assertThat(eventView.localStart()).isEqualTo(LocalDateTime.of(2031, 6, 10, 9, 0));
        assertThat(eventView.state()).isEqualTo("DRAFT");
        assertThat(JSON.fromJson(JSON.toJson(eventView), EventView.class)).isEqualTo(eventView);
    }

    @Test
    void aProgramIsActiveWhileItRuns() {
        assertThat(PublicViews.program(program).active()).isTrue();
        EmphasisProgram over = new EmphasisProgram("NEP-OLD", Agency.OSHA, EmphasisProgram.Scope.LOCAL, "Old", "Viejo",
                LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1));
        assertThat(PublicViews.program(over).active()).isFalse();
        assertThat(PublicViews.program(over).contract()).isEqualTo(ContentContract.VERSION);
    }
}
