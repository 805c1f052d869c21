package org.alliancehub.web.interfaces.staff.facade;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.OrganizationView;

/**
 * The alliance registry form as the staff fill it in: the agreement, its participants, the people
 * it names and its goals by category, with rows that are added and removed in the page. It becomes
 * the content service's request body, leaving out the rows left blank, so that an unused "add a
 * person" row is no error; the domain's own rules (an MSHA alliance is national, goals in the
 * agency's categories, a union or worker involvement) are the service's to refuse.
 */
public class AllianceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> AGENCIES = List.of("OSHA", "MSHA");
    public static final List<String> LEVELS = List.of("NATIONAL", "REGIONAL", "AREA_OFFICE");
    public static final List<String> GOAL_CATEGORIES = List.of("RULEMAKING_AND_ENFORCEMENT_AWARENESS", "OUTREACH_AND_COMMUNICATION",
            "TRAINING_AND_EDUCATION", "TECHNICAL_ASSISTANCE", "NATIONAL_DIALOGUE");
    public static final List<String> GOAL_HORIZONS = List.of("SHORT_TERM", "LONG_TERM");
    public static final List<String> GOAL_STATUSES = List.of("PLANNED", "IN_PROGRESS", "ACHIEVED", "DROPPED");

    private String name;
    private String agency = "OSHA";
    private String level = "NATIONAL";
    private String regionOrOffice;
    private LocalDate signedOn;
    private String workerInvolvement;
    private final List<Participant> participants = new ArrayList<>();
    private Person coordinator = Person.agencyContact();
    private final List<Person> signatories = new ArrayList<>();
    private final List<Person> implementationTeam = new ArrayList<>();
    private final List<GoalRow> goals = new ArrayList<>();

    /** A participant organization as the form lists it: its id for the service, its name for the page. */
    public record Participant(String id, String name) implements Serializable {
    }

    /** A person the agreement names: a signatory, a member of the implementation team or the coordinator. */
    public static class Person implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String title;
        private String affiliation;
        private String email;
        private boolean agencyRepresentative;

        /** The coordinator is the agency's point of contact: the form starts with that box ticked. */
        static Person agencyContact() {
            Person person = new Person();
            person.agencyRepresentative = true;
            return person;
        }

        static Person of(AllianceView.ContactView contact) {
            Person person = new Person();
            person.name = contact.name();
            person.title = contact.title();
            person.affiliation = contact.affiliation();
            person.email = contact.email();
            person.agencyRepresentative = contact.agencyRepresentative();
            return person;
        }

        boolean isBlank() {
            return RegistryForms.isBlank(name) && RegistryForms.isBlank(title) && RegistryForms.isBlank(affiliation)
                    && RegistryForms.isBlank(email);
        }

        JsonObject toJson() {
            JsonObjectBuilder body = Json.createObjectBuilder();
            RegistryForms.put(body, "name", name);
            RegistryForms.put(body, "title", title);
            RegistryForms.put(body, "affiliation", affiliation);
            RegistryForms.put(body, "email", email);
            body.add("agencyRepresentative", agencyRepresentative);
            return body.build();
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getAffiliation() { return affiliation; }
        public void setAffiliation(String affiliation) { this.affiliation = affiliation; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public boolean isAgencyRepresentative() { return agencyRepresentative; }
        public void setAgencyRepresentative(boolean agencyRepresentative) { this.agencyRepresentative = agencyRepresentative; }
    }

    /** A goal of the agreement: category, horizon, what it is and how far it has come. */
    public static class GoalRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String category = "OUTREACH_AND_COMMUNICATION";
        private String horizon = "SHORT_TERM";
        private String description;
        private String status = "PLANNED";

        static GoalRow of(AllianceView.GoalView goal) {
            GoalRow row = new GoalRow();
            row.category = goal.category();
            row.horizon = goal.horizon();
            row.description = goal.description();
            row.status = goal.status() == null ? "PLANNED" : goal.status();
            return row;
        }

        JsonObject toJson() {
            JsonObjectBuilder body = Json.createObjectBuilder();
            RegistryForms.put(body, "category", category);
            RegistryForms.put(body, "horizon", horizon);
            RegistryForms.put(body, "description", description);
            RegistryForms.put(body, "status", status);
            return body.build();
        }

        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getHorizon() { return horizon; }
        public void setHorizon(String horizon) { this.horizon = horizon; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
    }

    /** A new alliance's form: one empty row of each kind to start from. */
    public static AllianceForm blank() {
        AllianceForm form = new AllianceForm();
        form.signatories.add(new Person());
        form.goals.add(new GoalRow());
        return form;
    }

    public static AllianceForm of(AllianceView alliance) {
        AllianceForm form = new AllianceForm();
        form.name = alliance.name();
        form.agency = alliance.agency();
        form.level = alliance.level();
        form.regionOrOffice = alliance.regionOrOffice();
        form.signedOn = alliance.signedOn();
        form.workerInvolvement = alliance.workerInvolvement();
        present(alliance.participants()).forEach(o -> form.participants.add(new Participant(o.id(), o.name())));
        if (alliance.coordinator() != null) {
            form.coordinator = Person.of(alliance.coordinator());
        }
        present(alliance.signatories()).forEach(c -> form.signatories.add(Person.of(c)));
        present(alliance.implementationTeam()).forEach(c -> form.implementationTeam.add(Person.of(c)));
        present(alliance.goals()).forEach(g -> form.goals.add(GoalRow.of(g)));
        return form;
    }

    /** JSON-B leaves a list the answer did not carry null. */
    private static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Adds an organization once; false when it already takes part. */
    public boolean addParticipant(OrganizationView organization) {
        if (participants.stream().anyMatch(p -> p.id().equals(organization.id()))) {
            return false;
        }
        participants.add(new Participant(organization.id(), organization.name()));
        return true;
    }

    public void removeParticipant(String id) {
        participants.removeIf(p -> p.id().equals(id));
    }

    /** The request body: blank rows and a blank coordinator left out, text trimmed. */
    public JsonObject toRequest() {
        JsonObjectBuilder body = Json.createObjectBuilder();
        RegistryForms.put(body, "name", name);
        RegistryForms.put(body, "agency", agency);
        RegistryForms.put(body, "level", level);
        RegistryForms.put(body, "regionOrOffice", regionOrOffice);
        if (signedOn != null) {
            body.add("signedOn", signedOn.toString());
        }
        RegistryForms.put(body, "workerInvolvement", workerInvolvement);
        JsonArrayBuilder ids = Json.createArrayBuilder();
        participants.forEach(p -> ids.add(p.id()));
        body.add("participantIds", ids);
        if (!coordinator.isBlank()) {
            body.add("coordinator", coordinator.toJson());
        }
        body.add("signatories", people(signatories));
        body.add("implementationTeam", people(implementationTeam));
        JsonArrayBuilder goalRows = Json.createArrayBuilder();
        goals.stream().filter(g -> !RegistryForms.isBlank(g.description)).forEach(g -> goalRows.add(g.toJson()));
        body.add("goals", goalRows);
        return body.build();
    }

    private static JsonArrayBuilder people(List<Person> people) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        people.stream().filter(p -> !p.isBlank()).forEach(p -> rows.add(p.toJson()));
        return rows;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getRegionOrOffice() { return regionOrOffice; }
    public void setRegionOrOffice(String regionOrOffice) { this.regionOrOffice = regionOrOffice; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public String getWorkerInvolvement() { return workerInvolvement; }
    public void setWorkerInvolvement(String workerInvolvement) { this.workerInvolvement = workerInvolvement; }
    public List<Participant> getParticipants() { return participants; }
    public Person getCoordinator() { return coordinator; }
    public List<Person> getSignatories() { return signatories; }
    public List<Person> getImplementationTeam() { return implementationTeam; }
    public List<GoalRow> getGoals() { return goals; }
}
