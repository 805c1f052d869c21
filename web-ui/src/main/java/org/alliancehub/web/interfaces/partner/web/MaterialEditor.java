package org.alliancehub.web.interfaces.partner.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.web.infrastructure.client.EmphasisProgramDirectory;
import org.alliancehub.web.infrastructure.client.workspace.HistoryStep;
import org.alliancehub.web.infrastructure.client.workspace.Vocabulary;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceMaterial;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.interfaces.partner.facade.Attention;
import org.alliancehub.web.interfaces.partner.facade.WorkItems;
import org.alliancehub.web.interfaces.web.LocaleSelection;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A partner's material, new or existing: its description, its language versions with their files
 * and findings, its submission for review and its history. Each change names the material's version
 * it was made from; when someone changed the same fields meanwhile (409) the page says what they
 * changed and keeps what the partner typed, so nothing is overwritten silently.
 */
@Named
@ViewScoped
public class MaterialEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest file the content service accepts (its ALLIANCEHUB_UPLOAD_MAX_BYTES default); the browser checks it first. */
    public static final long MAX_UPLOAD_BYTES = 52_428_800L;

    public static final List<String> TYPES = List.of("FACT_SHEET", "CASE_STUDY", "POSTER", "TOOLBOX_TALK", "SAFETY_MANUAL",
            "TRAINING_TOOL", "VIDEO", "BEST_PRACTICE", "QUICK_CARD", "INFOGRAPHIC", "WEBINAR_RECORDING");

    /** The languages offered for a new version: the portal's two, then those partners publish in most. */
    public static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "zh", "vi", "ko", "ht", "ar", "ru", "pl", "tl");

    @Inject
    PartnerWorkspace workspace;

    @Inject
    EmphasisProgramDirectory programs;

    @Inject
    LocaleSelection locale;

    private String id;
    private String allianceId;
    private WorkspaceMaterial material;
    private List<HistoryStep> history = List.of();

    // the new material's description
    private String type = "FACT_SHEET";
    private String publicationNumber;
    private LocalDate publicationDate;
    private List<String> topics = new ArrayList<>();
    private List<String> industries = new ArrayList<>();
    private List<String> audiences = new ArrayList<>();
    private List<String> emphasisPrograms = new ArrayList<>();

    /** What the partner types into each version, by language; and what it was when the page read it. */
    private final Map<String, VersionForm> forms = new LinkedHashMap<>();
    private final Map<String, VersionForm> read = new LinkedHashMap<>();
    private VersionForm newVersion = new VersionForm("en", null, null, null);
    private String comment;
    private List<Conflict> conflicts = List.of();
    /** The description as the page last read or saved it. */
    private Map<String, String> described = Map.of();
    static final int SUGGESTIONS = 8;

    /** One version's editable text. */
    public static final class VersionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String language;
        private String title;
        private String summary;
        private String externalLink;

        VersionForm(String language, String title, String summary, String externalLink) {
            this.language = language;
            this.title = title;
            this.summary = summary;
            this.externalLink = externalLink;
        }

        static VersionForm of(WorkspaceMaterial.Version version) {
            return new VersionForm(version.language(), version.title(), version.summary(), version.externalLink());
        }

        boolean sameTextAs(VersionForm other) {
            return Objects.equals(title, other.title) && Objects.equals(summary, other.summary)
                    && Objects.equals(externalLink, other.externalLink);
        }

        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public String getExternalLink() { return externalLink; }
        public void setExternalLink(String externalLink) { this.externalLink = externalLink; }
    }

    /** A field someone else changed meanwhile: what it is now, and what the partner typed. */
    public record Conflict(String language, String field, String theirs, String yours) implements Serializable {
    }

    /** The page's view action: the material, or a new one's alliance; anything else is the not-found page. */
    public void load() {
        if (material != null || (id == null && allianceId == null)) {
            if (material == null) {
                PartnerWorkspace.notFound();
            }
            return;
        }
        if (id != null) {
            try {
                show(call("the material", api -> api.material(auth(), id)));
            } catch (WorkspaceRefusal refusal) {
                if (refusal.isNotFound() || refusal.status() == 403) {
                    PartnerWorkspace.notFound();
                    return;
                }
                throw refusal;
            }
        } else if (workspace.alliance(allianceId).isEmpty()) {
            PartnerWorkspace.notFound();
        }
    }

    private void show(WorkspaceMaterial shown) {
        boolean describing = material != null && !description().equals(described);
        material = shown;
        id = shown.id();
        allianceId = shown.allianceId();
        if (!describing) {
            // what the partner is typing into the description survives a refresh of the findings
            type = shown.type();
            publicationNumber = shown.publicationNumber();
            publicationDate = shown.publicationDate();
            topics = new ArrayList<>(shown.topics());
            industries = new ArrayList<>(shown.industries());
            audiences = new ArrayList<>(shown.audiences());
            described = description();
        }
        history = call("the history", api -> api.materialHistory(auth(), shown.id()));
        Map<String, VersionForm> typed = new LinkedHashMap<>(forms);
        forms.clear();
        read.clear();
        for (WorkspaceMaterial.Version version : shown.versions()) {
            read.put(version.language(), VersionForm.of(version));
            // what the partner is typing survives a refresh of the findings
            forms.put(version.language(), typed.getOrDefault(version.language(), VersionForm.of(version)));
        }
    }

    /** Creates the draft with its first language version, then shows it. */
    public String create() {
        AllianceView alliance = workspace.alliance(allianceId).orElse(null);
        if (alliance == null) {
            PartnerWorkspace.notFound();
            return null;
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("allianceId", allianceId).add("type", type);
        DraftJson.optional(body, "publicationNumber", publicationNumber);
        if (publicationDate != null) {
            body.add("publicationDate", publicationDate.toString());
        }
        body.add("topics", DraftJson.words(topics)).add("industries", DraftJson.words(industries)).add("audiences", DraftJson.words(audiences))
                .add("emphasisPrograms", DraftJson.words(emphasisPrograms));
        JsonObjectBuilder first = Json.createObjectBuilder().add("language", newVersion.language);
        DraftJson.optional(first, "title", newVersion.title);
        DraftJson.optional(first, "summary", newVersion.summary);
        body.add("versions", Json.createArrayBuilder().add(first));
        try {
            WorkspaceMaterial created = call("a new material", api -> api.createMaterial(auth(), body.build()));
            return "/partner/material?faces-redirect=true&id=" + created.id() + "&created=true";
        } catch (WorkspaceRefusal refusal) {
            refused(refusal);
            return null;
        }
    }

    /** Saves one version's text; on a change made meanwhile, shows it and keeps the partner's. */
    public void saveVersion(String language) {
        VersionForm typed = forms.get(language);
        VersionForm base = read.get(language);
        if (typed == null || base == null) {
            return;
        }
        try {
            show(call("a version", api -> api.putVersion(auth(), id, language, ifMatch(), versionBody(typed))));
            conflicts = List.of();
            info("saved.version", locale.getMessages().languageInSentence(language));
        } catch (WorkspaceRefusal refusal) {
            if (!refusal.isStale()) {
                refused(refusal);
                return;
            }
            WorkspaceMaterial now = call("the material", api -> api.material(auth(), id));
            Optional<WorkspaceMaterial.Version> theirs = now.version(language);
            if (theirs.isPresent() && VersionForm.of(theirs.get()).sameTextAs(base)) {
                // what changed meanwhile was something else (a finding, another version): nothing of theirs is overwritten
                material = now;
                saveVersion(languageAfter(now, language));
                return;
            }
            conflicts = conflicts(language, theirs.map(VersionForm::of).orElse(new VersionForm(language, null, null, null)), typed);
            material = now;
            read.put(language, theirs.map(VersionForm::of).orElse(base));
            warn("conflict");
        }
    }

    private String languageAfter(WorkspaceMaterial now, String language) {
        read.put(language, now.version(language).map(VersionForm::of).orElse(read.get(language)));
        return language;
    }

    static List<Conflict> conflicts(String language, VersionForm theirs, VersionForm yours) {
        List<Conflict> found = new ArrayList<>();
        if (!Objects.equals(theirs.title, yours.title)) {
            found.add(new Conflict(language, "title", theirs.title, yours.title));
        }
        if (!Objects.equals(theirs.summary, yours.summary)) {
            found.add(new Conflict(language, "summary", theirs.summary, yours.summary));
        }
        if (!Objects.equals(theirs.externalLink, yours.externalLink)) {
            found.add(new Conflict(language, "externalLink", theirs.externalLink, yours.externalLink));
        }
        return found;
    }

    /** The draft's description as text by field: what a change made meanwhile is compared on. */
    private Map<String, String> description() {
        return description(type, publicationNumber, publicationDate, topics, industries, audiences);
    }

    private static Map<String, String> description(String type, String publicationNumber, LocalDate publicationDate,
                                                   List<String> topics, List<String> industries, List<String> audiences) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", Objects.toString(type, ""));
        fields.put("publicationNumber", Objects.toString(publicationNumber, ""));
        fields.put("publicationDate", Objects.toString(publicationDate, ""));
        fields.put("topics", String.join(", ", topics));
        fields.put("industries", String.join(", ", industries));
        fields.put("audiences", String.join(", ", audiences));
        return fields;
    }

    /** Saves the draft's type, tags and publication details; a change saved meanwhile is shown, never overwritten. */
    public void describe() {
        Map<String, String> typed = description();
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", type);
        DraftJson.optional(body, "publicationNumber", publicationNumber);
        if (publicationDate != null) {
            body.add("publicationDate", publicationDate.toString());
        }
        body.add("topics", DraftJson.words(topics)).add("industries", DraftJson.words(industries)).add("audiences", DraftJson.words(audiences));
        try {
            WorkspaceMaterial saved = call("the description", api -> api.describeMaterial(auth(), id, ifMatch(), body.build()));
            described = typed;
            show(saved);
            described = description();
            conflicts = List.of();
            info("saved.description");
        } catch (WorkspaceRefusal refusal) {
            if (!refusal.isStale()) {
                refused(refusal);
                return;
            }
            Map<String, String> before = described;
            WorkspaceMaterial now = call("the material", api -> api.material(auth(), id));
            material = now;
            Map<String, String> theirs = description(now.type(), now.publicationNumber(), now.publicationDate(),
                    now.topics(), now.industries(), now.audiences());
            conflicts = ActivityEditor.conflicts(before, theirs, typed);
            described = new LinkedHashMap<>(theirs);
            warn("conflict");
        }
    }

    public List<String> suggestTopics(String typed) {
        return suggestions("topics", typed);
    }

    public List<String> suggestIndustries(String typed) {
        return suggestions("industries", typed);
    }

    public List<String> suggestAudiences(String typed) {
        return suggestions("audiences", typed);
    }

    /**
     * The field's words with the one being typed (after the last comma) completed from the words the
     * alliances use already: "falls, scaf" offers "falls, scaffolds". A new word needs no suggestion:
     * what is typed is kept.
     */
    List<String> suggestions(String kind, String typed) {
        String text = typed == null ? "" : typed;
        int comma = text.lastIndexOf(',');
        List<String> before = CommaSeparated.split(comma < 0 ? "" : text.substring(0, comma));
        String word = text.substring(comma + 1).strip();
        if (word.isEmpty() || word.length() > 100) {
            return List.of();
        }
        String prefix = before.isEmpty() ? "" : String.join(", ", before) + ", ";
        try {
            return call("the " + kind + " in use", api -> api.vocabulary(auth(), kind, word, SUGGESTIONS)).values().stream()
                    .map(Vocabulary.Term::value).filter(v -> before.stream().noneMatch(v::equalsIgnoreCase))
                    .map(v -> prefix + v).toList();
        } catch (WorkspaceRefusal | org.alliancehub.web.infrastructure.client.ServiceUnavailable noSuggestions) {
            // suggestions are a help, never a condition: the partner's own words stay
            return List.of();
        }
    }

    public String getTopicsText() { return String.join(", ", topics); }
    public void setTopicsText(String text) { topics = new ArrayList<>(CommaSeparated.split(text)); }
    public String getIndustriesText() { return String.join(", ", industries); }
    public void setIndustriesText(String text) { industries = new ArrayList<>(CommaSeparated.split(text)); }
    public String getAudiencesText() { return String.join(", ", audiences); }
    public void setAudiencesText(String text) { audiences = new ArrayList<>(CommaSeparated.split(text)); }

    /** Takes what the other person saved, dropping what this partner typed. */
    public void takeTheirs() {
        forms.clear();
        conflicts = List.of();
        described = description();
        show(call("the material", api -> api.material(auth(), id)));
    }

    public void addVersion() {
        String language = newVersion.language;
        if (material.version(language).isPresent()) {
            error("version.exists", locale.getMessages().languageInSentence(language));
            return;
        }
        try {
            show(call("a version", api -> api.putVersion(auth(), id, language, ifMatch(), versionBody(newVersion))));
            info("saved.version", locale.getMessages().languageInSentence(language));
            newVersion = new VersionForm(material.version("es").isEmpty() ? "es" : "en", null, null, null);
        } catch (WorkspaceRefusal refusal) {
            handle(refusal);
        }
    }

    public void removeVersion(String language) {
        try {
            forms.remove(language);
            show(call("a version", api -> api.removeVersion(auth(), id, language, ifMatch())));
            info("removed.version", locale.getMessages().languageInSentence(language));
        } catch (WorkspaceRefusal refusal) {
            handle(refusal);
        }
    }

    /** PrimeFaces' upload of one version's file (the component names the language); relayed as it is read. */
    public void upload(FileUploadEvent event) throws IOException {
        String language = (String) event.getComponent().getAttributes().get("language");
        UploadedFile file = event.getFile();
        if (language == null || material == null || material.version(language).isEmpty()) {
            return;
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            error("upload.too.large", locale.getMessages().fileSize(MAX_UPLOAD_BYTES));
            return;
        }
        try (InputStream content = file.getInputStream()) {
            workspace.content().upload(auth(), id, language, file.getFileName(), file.getSize(), content);
            show(call("the material", api -> api.material(auth(), id)));
            info("uploaded", file.getFileName(), locale.getMessages().languageInSentence(language));
        } catch (WorkspaceRefusal refusal) {
            handle(refusal);
        } finally {
            file.delete();
        }
    }

    /** The findings' poll: reads the material again while an extraction is under way. */
    public void refresh() {
        if (id != null) {
            show(call("the material", api -> api.material(auth(), id)));
        }
    }

    public boolean isExtracting() {
        return material != null && material.versions().stream()
                .anyMatch(v -> v.extraction() != null && v.extraction().isPending());
    }

    public void submit() {
        try {
            var step = Json.createObjectBuilder();
            DraftJson.optional(step, "comment", comment);
            show(call("the submission", api -> api.submit(auth(), id, step.build())));
            comment = null;
            info("submitted");
        } catch (WorkspaceRefusal refusal) {
            handle(refusal);
        }
    }

    public String deleteDraft() {
        try {
            workspace.content().run("the draft", api -> api.deleteMaterial(auth(), id, ifMatch()));
            return "/partner/index?faces-redirect=true";
        } catch (WorkspaceRefusal refusal) {
            handle(refusal);
            return null;
        }
    }

    private void handle(WorkspaceRefusal refusal) {
        if (refusal.isStale()) {
            refresh();
            warn("stale");
        } else {
            refused(refusal);
        }
    }

    private void refused(WorkspaceRefusal refusal) {
        WorkspaceMessages.refused(locale.getMessages(), refusal);
    }

    private void info(String key, Object... arguments) {
        WorkspaceMessages.info(locale.getMessages(), key, arguments);
    }

    private void warn(String key, Object... arguments) {
        WorkspaceMessages.warn(locale.getMessages(), key, arguments);
    }

    private void error(String key, Object... arguments) {
        WorkspaceMessages.error(locale.getMessages(), key, arguments);
    }

    private <T> T call(String what, java.util.function.Function<org.alliancehub.web.infrastructure.client.workspace.WorkspaceApi, T> call) {
        return workspace.content().call(what, call);
    }

    private String auth() {
        return workspace.authorization();
    }

    private String ifMatch() {
        return "\"" + material.version() + "\"";
    }

    private static jakarta.json.JsonObject versionBody(VersionForm form) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        DraftJson.optional(body, "title", form.title);
        DraftJson.optional(body, "summary", form.summary);
        DraftJson.optional(body, "externalLink", form.externalLink);
        return body.build();
    }




    public String getTitle() {
        return material == null ? null : material.knownTitle();
    }

    public String shownStep(HistoryStep step) {
        return WorkItems.shownStep(step);
    }

    public List<Attention> getAttention() {
        return material == null ? List.of() : WorkItems.needsAction(material, WorkItems.last(history));
    }

    public String getShownState() {
        return material == null ? null : WorkItems.shownState(material, WorkItems.last(history));
    }

    public boolean isEditable() {
        return material != null && "DRAFT".equals(material.state());
    }

    /** The emphasis programs of the alliance's agency, for a new material. */
    public List<EmphasisProgramView> getPrograms() {
        return workspace.programsOf(allianceId);
    }

    public String programName(EmphasisProgramView program) {
        return EmphasisProgramDirectory.name(program, locale.getLanguage());
    }

    public String getAllianceName() {
        return material != null ? material.allianceName() : workspace.alliance(allianceId).map(AllianceView::name).orElse(null);
    }

    public VersionForm form(String language) {
        return forms.get(language);
    }

    public List<String> getTypes() { return TYPES; }
    public List<String> getLanguages() { return LANGUAGES; }
    public long getMaxUploadBytes() { return MAX_UPLOAD_BYTES; }
    public WorkspaceMaterial getMaterial() { return material; }
    public List<HistoryStep> getHistory() { return history; }
    public List<Conflict> getConflicts() { return conflicts; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id == null || id.isBlank() ? null : id; }
    public String getAllianceId() { return allianceId; }
    public void setAllianceId(String allianceId) { this.allianceId = allianceId == null || allianceId.isBlank() ? null : allianceId; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getPublicationNumber() { return publicationNumber; }
    public void setPublicationNumber(String publicationNumber) { this.publicationNumber = publicationNumber; }
    public LocalDate getPublicationDate() { return publicationDate; }
    public void setPublicationDate(LocalDate publicationDate) { this.publicationDate = publicationDate; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics); }
    public List<String> getIndustries() { return industries; }
    public void setIndustries(List<String> industries) { this.industries = industries == null ? new ArrayList<>() : new ArrayList<>(industries); }
    public List<String> getAudiences() { return audiences; }
    public void setAudiences(List<String> audiences) { this.audiences = audiences == null ? new ArrayList<>() : new ArrayList<>(audiences); }
    public List<String> getEmphasisPrograms() { return emphasisPrograms; }
    public void setEmphasisPrograms(List<String> codes) { this.emphasisPrograms = codes == null ? new ArrayList<>() : new ArrayList<>(codes); }
    public VersionForm getNewVersion() { return newVersion; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
