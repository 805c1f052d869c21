package org.alliancehub.domain.model.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.alliance.Agency;

/**
 * An agency's emphasis program (OSHA National or Local Emphasis Program, an MSHA initiative), named
 * in English and Spanish. Staff curate which materials support it.
 */
@Entity
@Table(name = "emphasis_program")
public class EmphasisProgram {

    public enum Scope { NATIONAL, LOCAL }

    @Id
    @Column(length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Scope scope;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEnglish;

    @Column(name = "name_es", nullable = false, length = 300)
    private String nameSpanish;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    /** The curated list in the staff's order; each reader sees the featured places first (see {@link #orderFor}). */
    @ElementCollection
    @CollectionTable(name = "program_curation", joinColumns = @JoinColumn(name = "program_code"))
    @OrderColumn(name = "position")
    private List<CuratedItem> curation = new ArrayList<>();

    @Column(name = "curated_at")
    private OffsetDateTime curatedAt;

    @Column(name = "curated_by", length = 100)
    private String curatedBy;

    @Version
    private long version;

    /** Enough for a program page and the home page; a longer list is a search, not a curation. */
    public static final int MOST_CURATED = 60;

    protected EmphasisProgram() {
        // for JPA
    }

    public EmphasisProgram(String code, Agency agency, Scope scope, String nameEnglish, String nameSpanish,
                           LocalDate startsOn, LocalDate endsOn) {
        if (code == null || !code.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{1,39}")) {
            throw new DomainRuleViolation("emphasis-program", "A program code has 2 to 40 letters, digits, dots, dashes or underscores, e.g. NEP-HEAT.");
        }
        this.code = code.strip().toUpperCase(java.util.Locale.ROOT);
        describe(agency, scope, nameEnglish, nameSpanish, startsOn, endsOn);
    }

    public final void describe(Agency newAgency, Scope newScope, String english, String spanish, LocalDate starts, LocalDate ends) {
        if (newAgency == null || newScope == null) {
            throw new DomainRuleViolation("emphasis-program", "A program needs an agency and a scope.");
        }
        if (english == null || english.isBlank() || spanish == null || spanish.isBlank()
                || english.length() > 300 || spanish.length() > 300) {
            throw new DomainRuleViolation("emphasis-program", "A program is named in English and in Spanish (at most 300 characters each).");
        }
        if (starts != null && ends != null && ends.isBefore(starts)) {
            throw new DomainRuleViolation("emphasis-program", "A program ends after it starts.");
        }
        this.agency = newAgency;
        this.scope = newScope;
        this.nameEnglish = english.strip();
        this.nameSpanish = spanish.strip();
        this.startsOn = starts;
        this.endsOn = ends;
    }

    /**
     * The programs something of {@code agency}'s alliance may support: each must be that agency's
     * ({@code what} names the thing in the refusal, e.g. "this material").
     */
    public static java.util.Set<EmphasisProgram> requireAgency(java.util.Set<EmphasisProgram> programs, Agency agency, String what) {
        java.util.Set<EmphasisProgram> checked = programs == null ? java.util.Set.of() : programs;
        for (EmphasisProgram program : checked) {
            if (program.agency() != agency) {
                throw new DomainRuleViolation("emphasis-program", "Program " + program.code() + " is " + program.agency()
                        + "'s; " + what + "'s alliance is " + agency + "'s.");
            }
        }
        return new java.util.LinkedHashSet<>(checked);
    }

    /**
     * Replaces the curated list with {@code items} in their order. Refused when it is too long or
     * places an item twice for some reader. Recording who and when also moves the program's version,
     * so a curator working from an older list gets a conflict instead of overwriting another's.
     */
    public void curate(List<CuratedItem> items, String by, OffsetDateTime at) {
        List<CuratedItem> next = items == null ? List.of() : List.copyOf(items);
        if (next.size() > MOST_CURATED) {
            throw new DomainRuleViolation("curation", "A program's curated list holds at most " + MOST_CURATED + " items.");
        }
        for (int i = 0; i < next.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (next.get(i).overlaps(next.get(j))) {
                    throw new DomainRuleViolation("curation", "The " + next.get(i).kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                            + next.get(i).itemId() + " is placed twice for the same readers; place it once, or once per language.");
                }
            }
        }
        curation.clear();
        curation.addAll(next);
        curatedBy = by;
        curatedAt = at;
    }

    public List<CuratedItem> curation() {
        return List.copyOf(curation);
    }

    /** What readers of {@code language} see first, in order: the featured places, then the other pinned ones. */
    public List<CuratedItem> orderFor(String language) {
        List<CuratedItem> ordered = new ArrayList<>();
        curation.stream().filter(c -> c.appliesTo(language) && c.featured()).forEach(ordered::add);
        curation.stream().filter(c -> c.appliesTo(language) && !c.featured()).forEach(ordered::add);
        return ordered;
    }

    /** Where readers of {@code language} find the item in this program's order, if it is curated for them. */
    public Optional<Placement> placementOf(CuratedItem.Kind kind, String itemId, String language) {
        List<CuratedItem> ordered = orderFor(language);
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).refersTo(kind, itemId)) {
                return Optional.of(new Placement(language, i + 1, ordered.get(i).featured()));
            }
        }
        return Optional.empty();
    }

    /** A curated item's rank (1 first) for readers of one language. */
    public record Placement(String language, int rank, boolean featured) {
    }

    public OffsetDateTime curatedAt() {
        return curatedAt;
    }

    public String curatedBy() {
        return curatedBy;
    }

    public boolean isActiveOn(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }

    public String code() {
        return code;
    }

    public Agency agency() {
        return agency;
    }

    public Scope scope() {
        return scope;
    }

    public String nameEnglish() {
        return nameEnglish;
    }

    public String nameSpanish() {
        return nameSpanish;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmphasisProgram other && other.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
