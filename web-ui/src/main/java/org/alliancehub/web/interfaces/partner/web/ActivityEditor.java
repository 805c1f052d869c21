package org.alliancehub.web.interfaces.partner.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.contracts.content.EventView;
import org.alliancehub.contracts.content.TrainingView;
import org.alliancehub.web.infrastructure.client.EmphasisProgramDirectory;
import org.alliancehub.web.infrastructure.client.workspace.HistoryStep;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceApi;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * A training program or an event of the partner's alliance: create it, edit it while it is not yet
 * published, and follow its publication (the agency publishes). An event's times are typed as the
 * attendees read them, in the event's own time zone; a webinar needs its online link, any event a
 * place or an online link (the content service's rule, its words shown when it refuses). A change
 * saved meanwhile by someone else is shown field by field, never overwritten.
 */
@Named
@ViewScoped
public class ActivityEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> EVENT_KINDS = List.of("SEMINAR", "CONFERENCE", "EXHIBIT", "STAND_DOWN", "WEBINAR");
    public static final List<String> FORMATS = List.of("IN_PERSON", "ONLINE", "TRAIN_THE_TRAINER", "BLENDED");

    @Inject
    PartnerWorkspace workspace;

    @Inject
    EmphasisProgramDirectory programs;

    @Inject
    LocaleSelection locale;

    /** "event" or "training". */
    private String type;
    private String id;
    private String allianceId;
    private String allianceName;
    private String state;
    private long version;
    private List<HistoryStep> history = List.of();
    /** The fields as the page last read them, to tell a change made meanwhile from the partner's own. */
    private Map<String, String> read = Map.of();
    private List<MaterialEditor.Conflict> conflicts = List.of();

    private String title;
    private String description;
    private List<String> languages = new ArrayList<>(List.of("en"));
    private List<String> emphasisPrograms = new ArrayList<>();
    // an event
    private String kind = "SEMINAR";
    private LocalDateTime startsLocal;
    private LocalDateTime endsLocal;
    private String timeZone = TimeZoneChoices.DEFAULT;
    private String place;
    private String onlineLink;
    private String registrationLink;
    // a training program
    private String format = "IN_PERSON";
    private Integer durationMinutes;
    private String provider;
    private String contactName;
    private String contactEmail;
    private String link;
    private List<String> topics = new ArrayList<>();
    private List<String> audiences = new ArrayList<>();

    public void load() {
        if (allianceName != null) {
            return;
        }
        if (!"event".equals(type) && !"training".equals(type)) {
            PartnerWorkspace.notFound();
            return;
        }
        if (id != null) {
            try {
                reload();
            } catch (WorkspaceRefusal refusal) {
                if (refusal.isNotFound() || refusal.status() == 403) {
                    PartnerWorkspace.notFound();
                    return;
                }
                throw refusal;
            }
        }
        var alliance = workspace.alliance(allianceId);
        if (alliance.isEmpty()) {
            // a guessed id of another alliance's item: the same page as a missing one
            PartnerWorkspace.notFound();
            return;
        }
        allianceName = alliance.get().name();
    }

    /** Reads the item again as the service has it now. */
    private void reload() {
        if (isEvent()) {
            showEvent(call("the event", api -> api.event(auth(), id)));
        } else {
            showTraining(call("the training", api -> api.training(auth(), id)));
        }
    }

    private void showEvent(EventView event) {
        id = event.id();
        allianceId = event.allianceId();
        state = event.state();
        version = event.version();
        kind = event.kind();
        title = event.title();
        description = event.description();
        timeZone = event.timeZone();
        ZoneId zone = ZoneId.of(event.timeZone());
        startsLocal = event.startsAt().atZoneSameInstant(zone).toLocalDateTime();
        endsLocal = event.endsAt().atZoneSameInstant(zone).toLocalDateTime();
        place = event.place();
        onlineLink = event.onlineLink();
        registrationLink = event.registrationLink();
        languages = new ArrayList<>(event.languages());
        emphasisPrograms = new ArrayList<>(event.emphasisPrograms().stream().map(EmphasisProgramView::code).toList());
        history = call("the history", api -> api.eventHistory(auth(), event.id()));
        read = fields();
    }

    private void showTraining(TrainingView training) {
        id = training.id();
        allianceId = training.allianceId();
        state = training.state();
        version = training.version();
        title = training.title();
        description = training.description();
        format = training.format();
        durationMinutes = training.durationMinutes();
        provider = training.provider();
        contactName = training.contactName();
        contactEmail = training.contactEmail();
        link = training.link();
        topics = new ArrayList<>(training.topics());
        audiences = new ArrayList<>(training.audiences());
        languages = new ArrayList<>(training.languages());
        emphasisPrograms = new ArrayList<>(training.emphasisPrograms().stream().map(EmphasisProgramView::code).toList());
        history = call("the history", api -> api.trainingHistory(auth(), training.id()));
        read = fields();
    }

    /** Creates the draft, or saves the changes of an existing one. */
    public String save() {
        if (workspace.alliance(allianceId).isEmpty()) {
            PartnerWorkspace.notFound();
            return null;
        }
        if (isEvent() && !TimeZoneChoices.isOffered(timeZone)) {
            WorkspaceMessages.error(locale.getMessages(), "time.zone.unknown");
            return null;
        }
        JsonObject body = body();
        Map<String, String> typed = fields();
        try {
            if (id == null) {
                String created = isEvent() ? call("a new event", api -> api.createEvent(auth(), body)).id()
                        : call("a new training", api -> api.createTraining(auth(), body)).id();
                return "/partner/activity?faces-redirect=true&type=" + type + "&id=" + created;
            }
            String ifMatch = "\"" + version + "\"";
            if (isEvent()) {
                showEvent(call("the event", api -> api.updateEvent(auth(), id, ifMatch, body)));
            } else {
                showTraining(call("the training", api -> api.updateTraining(auth(), id, ifMatch, body)));
            }
            conflicts = List.of();
            WorkspaceMessages.info(locale.getMessages(), "saved.activity");
        } catch (WorkspaceRefusal refusal) {
            if (!refusal.isStale()) {
                WorkspaceMessages.refused(locale.getMessages(), refusal);
                return null;
            }
            Map<String, String> before = read;
            reload();
            conflicts = conflicts(before, read, typed);
            restore(typed);
            WorkspaceMessages.warn(locale.getMessages(), "conflict");
        }
        return null;
    }

    /** Drops what this partner typed and shows what the other person saved. */
    public void takeTheirs() {
        conflicts = List.of();
        reload();
    }

    /** The fields someone else changed meanwhile, with theirs and what this partner typed. */
    static List<MaterialEditor.Conflict> conflicts(Map<String, String> before, Map<String, String> theirs, Map<String, String> yours) {
        List<MaterialEditor.Conflict> found = new ArrayList<>();
        for (var field : theirs.entrySet()) {
            if (!Objects.equals(before.get(field.getKey()), field.getValue())) {
                found.add(new MaterialEditor.Conflict(null, field.getKey(), field.getValue(), yours.get(field.getKey())));
            }
        }
        return found;
    }

    /** The form's values as text, by field name: what a conflict compares. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("languages", String.join(", ", languages));
        if (isEvent()) {
            fields.put("kind", kind);
            fields.put("startsLocal", Objects.toString(startsLocal, null));
            fields.put("endsLocal", Objects.toString(endsLocal, null));
            fields.put("timeZone", timeZone);
            fields.put("place", place);
            fields.put("onlineLink", onlineLink);
            fields.put("registrationLink", registrationLink);
        } else {
            fields.put("format", format);
            fields.put("durationMinutes", Objects.toString(durationMinutes, null));
            fields.put("provider", provider);
            fields.put("contactName", contactName);
            fields.put("contactEmail", contactEmail);
            fields.put("link", link);
            fields.put("topics", String.join(", ", topics));
            fields.put("audiences", String.join(", ", audiences));
        }
        return fields;
    }

    /** Puts back what the partner typed after the page read the other person's version. */
    private void restore(Map<String, String> typed) {
        title = typed.get("title");
        description = typed.get("description");
        languages = new ArrayList<>(CommaSeparated.split(typed.get("languages")));
        if (isEvent()) {
            kind = typed.get("kind");
            startsLocal = typed.get("startsLocal") == null ? null : LocalDateTime.parse(typed.get("startsLocal"));
            endsLocal = typed.get("endsLocal") == null ? null : LocalDateTime.parse(typed.get("endsLocal"));
            timeZone = typed.get("timeZone");
            place = typed.get("place");
            onlineLink = typed.get("onlineLink");
            registrationLink = typed.get("registrationLink");
        } else {
            format = typed.get("format");
            durationMinutes = typed.get("durationMinutes") == null ? null : Integer.valueOf(typed.get("durationMinutes"));
            provider = typed.get("provider");
            contactName = typed.get("contactName");
            contactEmail = typed.get("contactEmail");
            link = typed.get("link");
            topics = new ArrayList<>(CommaSeparated.split(typed.get("topics")));
            audiences = new ArrayList<>(CommaSeparated.split(typed.get("audiences")));
        }
    }

    private JsonObject body() {
        JsonObjectBuilder body = Json.createObjectBuilder().add("allianceId", allianceId);
        DraftJson.optional(body, "title", title);
        DraftJson.optional(body, "description", description);
        body.add("languages", DraftJson.words(languages)).add("emphasisPrograms", DraftJson.words(emphasisPrograms));
        if (isEvent()) {
            body.add("kind", kind).add("timeZone", timeZone);
            if (startsLocal != null) {
                body.add("startsLocal", startsLocal.toString());
            }
            if (endsLocal != null) {
                body.add("endsLocal", endsLocal.toString());
            }
            DraftJson.optional(body, "place", place);
            DraftJson.optional(body, "onlineLink", onlineLink);
            DraftJson.optional(body, "registrationLink", registrationLink);
        } else {
            body.add("format", format);
            if (durationMinutes != null) {
                body.add("durationMinutes", durationMinutes);
            }
            DraftJson.optional(body, "provider", provider);
            DraftJson.optional(body, "contactName", contactName);
            DraftJson.optional(body, "contactEmail", contactEmail);
            DraftJson.optional(body, "link", link);
            body.add("topics", DraftJson.words(topics)).add("audiences", DraftJson.words(audiences));
        }
        return body.build();
    }



    private <T> T call(String what, java.util.function.Function<WorkspaceApi, T> call) {
        return workspace.content().call(what, call);
    }

    private String auth() {
        return workspace.authorization();
    }

    public boolean isEvent() {
        return "event".equals(type);
    }

    /** A draft is the partner's to change; once published the agency withdraws it before it changes. */
    public boolean isEditable() {
        return id == null || "DRAFT".equals(state);
    }

    public List<EmphasisProgramView> getPrograms() {
        return workspace.programsOf(allianceId);
    }

    public String programName(EmphasisProgramView program) {
        return EmphasisProgramDirectory.name(program, locale.getLanguage());
    }

    public String shownStep(HistoryStep step) {
        return step.to();
    }

    /** The time-zone picker's two groups: the common zones, then all the others. */
    public List<jakarta.faces.model.SelectItem> getTimeZones() {
        List<TimeZoneChoices.Choice> all = TimeZoneChoices.all(java.time.Instant.now());
        var messages = locale.getMessages();
        return List.of(group(messages.text("activity.zones.common"), all.stream().filter(TimeZoneChoices.Choice::common).toList()),
                group(messages.text("activity.zones.all"), all.stream().filter(c -> !c.common()).toList()));
    }

    private static jakarta.faces.model.SelectItemGroup group(String label, List<TimeZoneChoices.Choice> choices) {
        return new jakarta.faces.model.SelectItemGroup(label, null, false,
                choices.stream().map(c -> new jakarta.faces.model.SelectItem(c.zone(), c.label())).toArray(jakarta.faces.model.SelectItem[]::new));
    }

    public List<String> getEventKinds() { return EVENT_KINDS; }
    public List<String> getFormats() { return FORMATS; }
    public List<String> getLanguageChoices() { return MaterialEditor.LANGUAGES; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id == null || id.isBlank() ? null : id; }
    public String getAllianceId() { return allianceId; }
    public void setAllianceId(String allianceId) { this.allianceId = allianceId == null || allianceId.isBlank() ? null : allianceId; }
    public String getAllianceName() { return allianceName; }
    public String getState() { return state; }
    public List<HistoryStep> getHistory() { return history; }
    public List<MaterialEditor.Conflict> getConflicts() { return conflicts; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages); }
    public List<String> getEmphasisPrograms() { return emphasisPrograms; }
    public void setEmphasisPrograms(List<String> codes) { this.emphasisPrograms = codes == null ? new ArrayList<>() : new ArrayList<>(codes); }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDateTime getStartsLocal() { return startsLocal; }
    public void setStartsLocal(LocalDateTime startsLocal) { this.startsLocal = startsLocal; }
    public LocalDateTime getEndsLocal() { return endsLocal; }
    public void setEndsLocal(LocalDateTime endsLocal) { this.endsLocal = endsLocal; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public String getRegistrationLink() { return registrationLink; }
    public void setRegistrationLink(String registrationLink) { this.registrationLink = registrationLink; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics); }
    public List<String> getAudiences() { return audiences; }
    public void setAudiences(List<String> audiences) { this.audiences = audiences == null ? new ArrayList<>() : new ArrayList<>(audiences); }
}
