package org.alliancehub.domain.model.material;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.language.LanguageCode;

/**
 * One language version (a translation) of a material: its own title, summary, file or link, and
 * text. Part of the {@link Material} aggregate; changed only through it.
 */
@Entity
@Table(name = "language_version")
public class LanguageVersion {

    static final int MAX_TITLE = 500;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_LINK = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @Column(nullable = false, length = 35)
    private LanguageCode language;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_SUMMARY)
    private String summary;

    @Column(name = "external_link", length = MAX_LINK)
    private String externalLink;

    /** Set when another language version changed after this one was last updated. */
    @Column(name = "translation_outdated", nullable = false)
    private boolean translationOutdated;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Embedded
    private StoredFile file;

    @Embedded
    private Extraction extraction;

    protected LanguageVersion() {
        // for JPA
    }

    LanguageVersion(Material material, LanguageCode language, VersionContent content) {
        this.id = UUID.randomUUID().toString();
        this.material = material;
        this.language = language;
        apply(content);
    }

    final void apply(VersionContent content) {
        if (content.title() == null || content.title().isBlank()) {
            throw new DomainRuleViolation("language-version", "A language version needs a title.");
        }
        requireAtMost("title", content.title(), MAX_TITLE);
        requireAtMost("summary", content.summary(), MAX_SUMMARY);
        requireAtMost("externalLink", content.externalLink(), MAX_LINK);
        if (content.externalLink() != null && !content.externalLink().isBlank()
                && !content.externalLink().matches("(?i)https?://\\S+")) {
            throw new DomainRuleViolation("language-version", "An external link is an http or https address.");
        }
        this.title = content.title().strip();
        this.summary = blankToNull(content.summary());
        this.externalLink = blankToNull(content.externalLink());
        this.translationOutdated = false;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    void attach(StoredFile newFile) {
        this.file = newFile;
        this.extraction = Extraction.pending();
        this.translationOutdated = false;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Records an extraction of the file with this hash; a result for a file since replaced is dropped. */
    boolean record(String sha256, Extraction result) {
        if (file == null || !file.isPresent() || !file.sha256().equals(sha256)) {
            return false;
        }
        this.extraction = result;
        return true;
    }

    void markTranslationOutdated() {
        this.translationOutdated = true;
    }

    private static void requireAtMost(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new DomainRuleViolation("language-version", "The " + field + " has at most " + max + " characters.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String id() {
        return id;
    }

    public LanguageCode language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String externalLink() {
        return externalLink;
    }

    public boolean translationOutdated() {
        return translationOutdated;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** The original file, or empty. */
    public java.util.Optional<StoredFile> file() {
        return file != null && file.isPresent() ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    /** What extraction found in the file, or empty when there is no file. */
    public java.util.Optional<Extraction> extraction() {
        return extraction != null && extraction.isPresent() ? java.util.Optional.of(extraction) : java.util.Optional.empty();
    }
}
