package org.alliancehub.domain.model.material;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.language.LanguageCode;

/**
 * A compliance-assistance product of an alliance. One product in several languages is one
 * material with several {@link LanguageVersion}s.
 */
@Entity
@Table(name = "material")
public class Material {

    static final int MAX_TAGS = 30;
    static final int MAX_TAG_LENGTH = 100;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MaterialType type;

    @Column(name = "publication_number", length = 50)
    private String publicationNumber;

    @Column(name = "publication_date")
    private LocalDate publicationDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "material_topic", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "topic", length = MAX_TAG_LENGTH)
    private Set<String> topics = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "material_industry", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "industry", length = MAX_TAG_LENGTH)
    private Set<String> industries = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "material_audience", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "audience", length = MAX_TAG_LENGTH)
    private Set<String> audiences = new LinkedHashSet<>();

    @jakarta.persistence.ManyToMany(fetch = FetchType.EAGER)
    @jakarta.persistence.JoinTable(name = "material_emphasis_program", joinColumns = @JoinColumn(name = "material_id"),
            inverseJoinColumns = @JoinColumn(name = "program_code"))
    private Set<org.alliancehub.domain.model.program.EmphasisProgram> emphasisPrograms = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MaterialState state = MaterialState.DRAFT;

    @OneToMany(mappedBy = "material", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<LanguageVersion> versions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "material_transition", joinColumns = @JoinColumn(name = "material_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    private List<Transition> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Version
    private long version;

    protected Material() {
        // for JPA
    }

    public Material(Alliance alliance, MaterialType type, String publicationNumber, LocalDate publicationDate,
                    Set<String> topics) {
        if (alliance == null) {
            throw new DomainRuleViolation("material", "A material belongs to an alliance.");
        }
        this.id = UUID.randomUUID().toString();
        this.alliance = alliance;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        describe(type, publicationNumber, publicationDate, topics);
    }

    /** Changes what the material is; only while a partner may still edit it. */
    public void describe(MaterialType newType, String newPublicationNumber, LocalDate newPublicationDate,
                         Set<String> newTopics) {
        requireEditable();
        if (newType == null) {
            throw new DomainRuleViolation("material", "A material needs a type.");
        }
        if (newPublicationNumber != null && newPublicationNumber.length() > 50) {
            throw new DomainRuleViolation("material", "A publication number has at most 50 characters.");
        }
        Set<String> checkedTopics = normalizedTags(newTopics);
        this.type = newType;
        this.publicationNumber = newPublicationNumber == null || newPublicationNumber.isBlank()
                ? null : newPublicationNumber.strip();
        this.publicationDate = newPublicationDate;
        this.topics = checkedTopics;
        touch();
    }

    /**
     * The draft's metadata as a whole (the workspace's form): what it is, its publication number and
     * date, topics, industries and audiences. Every value is checked before any is changed, so a
     * refused edit leaves the material as it was. Drafts only, like every edit.
     */
    public void editMetadata(MaterialType newType, String newPublicationNumber, LocalDate newPublicationDate,
                             Set<String> newTopics, Set<String> newIndustries, Set<String> newAudiences) {
        requireEditable();
        Set<String> checkedIndustries = normalizedTags(newIndustries);
        Set<String> checkedAudiences = normalizedTags(newAudiences);
        describe(newType, newPublicationNumber, newPublicationDate, newTopics);
        this.industries = checkedIndustries;
        this.audiences = checkedAudiences;
    }

    /** Who the material is for and where: industries and audiences (free tags, like topics). Drafts only. */
    public void classify(Set<String> newIndustries, Set<String> newAudiences) {
        requireEditable();
        this.industries = normalizedTags(newIndustries);
        this.audiences = normalizedTags(newAudiences);
        touch();
    }

    /**
     * Links the material to the emphasis programs it supports. Staff curate this in any state; a
     * program belongs to the same agency as the material's alliance.
     */
    public void supportPrograms(Set<org.alliancehub.domain.model.program.EmphasisProgram> programs) {
        this.emphasisPrograms = org.alliancehub.domain.model.program.EmphasisProgram.requireAgency(programs, alliance.agency(),
                "this material");
        touch();
    }

    /**
     * Adds or replaces the version in {@code language}. Changing one version flags every other
     * version "translation outdated" until it is updated too.
     */
    public LanguageVersion putVersion(LanguageCode language, VersionContent content) {
        requireEditable();
        if (language == null) {
            throw new DomainRuleViolation("language-version", "A language version needs a language.");
        }
        Optional<LanguageVersion> existing = version(language);
        LanguageVersion changed;
        if (existing.isPresent()) {
            changed = existing.get();
            changed.apply(content);
        } else {
            changed = new LanguageVersion(this, language, content);
            versions.add(changed);
        }
        boolean isUpdateOfExisting = existing.isPresent();
        if (isUpdateOfExisting) {
            versions.stream().filter(v -> v != changed).forEach(LanguageVersion::markTranslationOutdated);
        }
        touch();
        return changed;
    }

    /**
     * Attaches an uploaded file to the version in {@code language}; its text is to be extracted. The
     * other versions are flagged "translation outdated", as for any change of one version.
     */
    public LanguageVersion attachFile(LanguageCode language, StoredFile file) {
        requireEditable();
        LanguageVersion version = version(language).orElseThrow(() -> new DomainRuleViolation("language-version",
                "Add the " + language + " version (its title) before its file."));
        version.attach(file);
        versions.stream().filter(v -> v != version).forEach(LanguageVersion::markTranslationOutdated);
        touch();
        return version;
    }

    /**
     * Records what extraction found in the file of the version in {@code language}, in any state
     * (it is the system's finding, not an edit). Returns false when the file was replaced meanwhile.
     */
    public boolean recordExtraction(LanguageCode language, String sha256, Extraction result) {
        return version(language).map(v -> v.record(sha256, result)).orElse(false);
    }

    /**
     * A draft that was never published may be deleted. Once published, a material stays on record:
     * it is withdrawn, not deleted.
     */
    public void requireDeletable() {
        if (state != MaterialState.DRAFT || publishedAt != null) {
            throw new DomainRuleViolation("material-lifecycle",
                    "Only a draft that was never published is deleted; a published material is withdrawn instead.");
        }
    }

    public void removeVersion(LanguageCode language) {
        requireEditable();
        if (!versions.removeIf(v -> v.language().equals(language))) {
            throw new DomainRuleViolation("language-version", "There is no " + language + " version to remove.");
        }
        touch();
    }

    /** Partner hands the draft to the agency. */
    public void submit(Actor by, String comment) {
        requireState("submit", MaterialState.DRAFT);
        if (versions.isEmpty()) {
            throw new DomainRuleViolation("material-lifecycle", "A material needs at least one language version before it is submitted.");
        }
        moveTo(MaterialState.SUBMITTED, by, comment);
    }

    /** Agency staff take a submitted material into review. */
    public void startReview(Actor by, String comment) {
        requireState("start review of", MaterialState.SUBMITTED);
        moveTo(MaterialState.IN_REVIEW, by, comment);
    }

    /** Agency staff send the material back to the partner for changes. */
    public void returnToPartner(Actor by, String comment) {
        requireState("return", MaterialState.SUBMITTED, MaterialState.IN_REVIEW);
        moveTo(MaterialState.DRAFT, by, comment);
    }

    /** Agency staff publish a reviewed material; it becomes public at no cost. */
    public void publish(Actor by, String comment) {
        requireState("publish", MaterialState.IN_REVIEW);
        moveTo(MaterialState.PUBLISHED, by, comment);
        this.publishedAt = updatedAt;
    }

    /** A published material is withdrawn when outdated. */
    public void withdraw(Actor by, String comment) {
        requireState("withdraw", MaterialState.PUBLISHED);
        moveTo(MaterialState.WITHDRAWN, by, comment);
    }

    /** A published material is reopened as a draft for a periodic update. */
    public void reopenForUpdate(Actor by, String comment) {
        requireState("reopen", MaterialState.PUBLISHED, MaterialState.WITHDRAWN);
        moveTo(MaterialState.DRAFT, by, comment);
    }

    private void moveTo(MaterialState next, Actor by, String why) {
        if (by == null) {
            throw new DomainRuleViolation("material-lifecycle", "Every lifecycle step is taken by someone.");
        }
        if (why != null && why.length() > 2000) {
            throw new DomainRuleViolation("material-lifecycle", "A comment has at most 2000 characters.");
        }
        touch();
        history.add(new Transition(state, next, by, updatedAt, why));
        this.state = next;
    }

    /** Every lifecycle step so far, oldest first. */
    public List<Transition> history() {
        return List.copyOf(history);
    }

    private void requireState(String action, MaterialState... allowed) {
        for (MaterialState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new DomainRuleViolation("material-lifecycle",
                "Cannot " + action + " a material that is " + state.name().toLowerCase().replace('_', ' ') + ".");
    }

    private void requireEditable() {
        if (state != null && state != MaterialState.DRAFT) {
            throw new DomainRuleViolation("material-lifecycle",
                    "A material is edited only as a draft; this one is " + state.name().toLowerCase().replace('_', ' ') + ".");
        }
    }

    private void touch() {
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Set<String> normalizedTags(Set<String> tags) {
        Set<String> result = new LinkedHashSet<>();
        if (tags == null) {
            return result;
        }
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String t = tag.strip();
            if (t.length() > MAX_TAG_LENGTH) {
                throw new DomainRuleViolation("material", "A topic has at most " + MAX_TAG_LENGTH + " characters.");
            }
            result.add(t);
        }
        if (result.size() > MAX_TAGS) {
            throw new DomainRuleViolation("material", "A material has at most " + MAX_TAGS + " topics.");
        }
        return result;
    }

    public Optional<LanguageVersion> version(LanguageCode language) {
        return versions.stream().filter(v -> v.language().equals(language)).findFirst();
    }

    /** The language versions, in language-tag order so that every reader sees the same order. */
    public List<LanguageVersion> versions() {
        return versions.stream().sorted(Comparator.comparing(v -> v.language().tag())).toList();
    }

    public String id() {
        return id;
    }

    public Alliance alliance() {
        return alliance;
    }

    public MaterialType type() {
        return type;
    }

    public String publicationNumber() {
        return publicationNumber;
    }

    public LocalDate publicationDate() {
        return publicationDate;
    }

    public Set<String> topics() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(topics));
    }

    public Set<String> industries() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(industries));
    }

    public Set<String> audiences() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(audiences));
    }

    public Set<org.alliancehub.domain.model.program.EmphasisProgram> emphasisPrograms() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(emphasisPrograms));
    }

    public MaterialState state() {
        return state;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
