package org.alliancehub.domain.model.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Actor;

/**
 * One outreach activity an alliance's partner reports for the annual evaluation: what kind, on which
 * day, in which language, for whom, and how many people it reached. Never public: it is the
 * alliance's report to the agency, not a product.
 */
@Entity
@Table(name = "outreach_activity")
public class OutreachActivity {

    public static final String RULE = "outreach-activity";
    public static final int MAX_PEOPLE_REACHED = 10_000_000;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_AUDIENCE = 100;
    /** The Alliance Program began in 2002; anything before 1990 is a typing slip, not a report. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    /**
     * The first offset to reach a new day (Line Islands). "Not in the future" is judged there, so that
     * no reporter, whatever their zone, has today's activity refused; a day later than that is the future
     * for everyone.
     */
    static final ZoneOffset FIRST_TO_REACH_A_DAY = ZoneOffset.ofHours(14);

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OutreachKind kind;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 35)
    private LanguageCode language;

    @Column(length = MAX_AUDIENCE)
    private String audience;

    @Column(name = "people_reached", nullable = false)
    private int peopleReached;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "reported_by_id", length = 36)
    private String reportedById;

    @Column(name = "reported_by_name", nullable = false, length = 100)
    private String reportedByName;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected OutreachActivity() {
        // for JPA
    }

    /** What a partner reports; the language as a BCP 47 tag. */
    public record Report(OutreachKind kind, LocalDate date, String language, String audience, Integer peopleReached,
                         String description) {
    }

    /** Records a report of the alliance's activity by {@code reportedBy}; {@code clock} tells what today is. */
    public OutreachActivity(Alliance alliance, Report report, Actor reportedBy, Clock clock) {
        if (reportedBy == null) {
            throw new IllegalArgumentException("An outreach activity is reported by someone");
        }
        this.id = UUID.randomUUID().toString();
        this.reportedById = reportedBy.id();
        this.reportedByName = reportedBy.name();
        this.createdAt = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        revise(alliance, report, clock);
    }

    /** Replaces the whole report, and the alliance it is of when a partner put it under the wrong one. */
    public void revise(Alliance newAlliance, Report report, Clock clock) {
        if (newAlliance == null) {
            throw new DomainRuleViolation(RULE, "An outreach activity belongs to an alliance.");
        }
        if (report == null) {
            throw new DomainRuleViolation(RULE, "Describe the outreach activity.");
        }
        if (report.kind() == null) {
            throw new DomainRuleViolation(RULE, "Say what kind of activity it was: dissemination, speech or exhibit, "
                    + "training delivered, or review of agency materials.");
        }
        // everything is checked before anything changes: a refused revision leaves the report as it was
        LocalDate newDate = checkedDate(report.date(), clock);
        LanguageCode newLanguage = LanguageCode.of(report.language());
        int newPeopleReached = checkedPeopleReached(report.peopleReached());
        String newDescription = requiredText(report.description(), MAX_DESCRIPTION, "description");
        String newAudience = optionalText(report.audience(), MAX_AUDIENCE, "audience");
        this.alliance = newAlliance;
        this.kind = report.kind();
        this.date = newDate;
        this.language = newLanguage;
        this.peopleReached = newPeopleReached;
        this.description = newDescription;
        this.audience = newAudience;
        this.updatedAt = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The latest date that is not in the future for any reporter: today where the day starts first. */
    public static LocalDate latestReportableDate(Clock clock) {
        return LocalDate.now(clock.withZone(FIRST_TO_REACH_A_DAY));
    }

    private static LocalDate checkedDate(LocalDate date, Clock clock) {
        if (date == null) {
            throw new DomainRuleViolation(RULE, "Say on which day the activity took place.");
        }
        if (date.isBefore(EARLIEST_DATE)) {
            throw new DomainRuleViolation(RULE, "An outreach activity took place on or after " + EARLIEST_DATE + "; not on " + date + ".");
        }
        if (date.isAfter(latestReportableDate(clock))) {
            throw new DomainRuleViolation(RULE, "An outreach activity is reported once it has taken place; " + date + " is in the future.");
        }
        return date;
    }

    private static int checkedPeopleReached(Integer count) {
        if (count == null) {
            throw new DomainRuleViolation(RULE, "Say how many people the activity reached (0 when unknown).");
        }
        if (count < 0 || count > MAX_PEOPLE_REACHED) {
            throw new DomainRuleViolation(RULE, "The people reached are between 0 and " + String.format(java.util.Locale.ROOT, "%,d", MAX_PEOPLE_REACHED)
                    + "; not " + count + ".");
        }
        return count;
    }

    private static String requiredText(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(RULE, "A " + what + " of the activity is required.");
        }
        return optionalText(value, max, what);
    }

    private static String optionalText(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new DomainRuleViolation(RULE, "The " + what + " has at most " + max + " characters; this one has " + text.length() + ".");
        }
        return text;
    }

    public String id() { return id; }
    public Alliance alliance() { return alliance; }
    public OutreachKind kind() { return kind; }
    public LocalDate date() { return date; }
    public LanguageCode language() { return language; }
    public String audience() { return audience; }
    public int peopleReached() { return peopleReached; }
    public String description() { return description; }
    public Actor reportedBy() { return new Actor(reportedById, reportedByName); }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public long version() { return version; }
}
