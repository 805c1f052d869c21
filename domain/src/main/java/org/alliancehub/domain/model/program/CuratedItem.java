package org.alliancehub.domain.model.program;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.alliancehub.domain.model.DomainRuleViolation;

/**
 * One place in an emphasis program's curated list: a material, training or event the staff put
 * first, {@code featured} when it also leads the program on the home page. {@code language} is null
 * when the place holds for readers of every language, else the reader language it is for (a
 * Spanish-only fact sheet pinned for Spanish readers).
 */
@Embeddable
public class CuratedItem {

    public enum Kind { MATERIAL, TRAINING, EVENT }

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "item_id", nullable = false, length = 36)
    private String itemId;

    @Column(name = "language", length = 8)
    private String language;

    @Column(name = "featured", nullable = false)
    private boolean featured;

    protected CuratedItem() {
        // for JPA
    }

    public CuratedItem(Kind kind, String itemId, String language, boolean featured) {
        if (kind == null || itemId == null || itemId.isBlank() || itemId.length() > 36) {
            throw new DomainRuleViolation("curation", "Each curated item names its kind (material, training or event) and its id.");
        }
        String lang = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (lang != null && !lang.matches("[a-z]{2,3}")) {
            throw new DomainRuleViolation("curation", "A curated item's language is a language code such as en or es, or none for every reader.");
        }
        this.kind = kind;
        this.itemId = itemId.strip();
        this.language = lang;
        this.featured = featured;
    }

    /** Whether readers of {@code readerLanguage} see this place. */
    public boolean appliesTo(String readerLanguage) {
        return language == null || language.equals(readerLanguage);
    }

    /** The same item placed twice for some reader (both for every language, or one of them, or the same one). */
    boolean overlaps(CuratedItem other) {
        return kind == other.kind && itemId.equals(other.itemId)
                && (language == null || other.language == null || language.equals(other.language));
    }

    public boolean refersTo(Kind wantedKind, String id) {
        return kind == wantedKind && itemId.equals(id);
    }

    public Kind kind() {
        return kind;
    }

    public String itemId() {
        return itemId;
    }

    public String language() {
        return language;
    }

    public boolean featured() {
        return featured;
    }
}
