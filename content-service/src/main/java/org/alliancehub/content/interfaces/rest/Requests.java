package org.alliancehub.content.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.alliance.Contact;
import org.alliancehub.domain.model.alliance.Goal;
import org.alliancehub.domain.model.alliance.GoalCategory;
import org.alliancehub.domain.model.material.MaterialType;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.alliancehub.domain.model.outreach.OutreachActivity;
import org.alliancehub.domain.model.outreach.OutreachKind;
import org.alliancehub.domain.model.shared.PlausibleDate;

/**
 * The request bodies the API accepts, validated before they reach a use case. Plain classes with
 * public fields rather than records: constraint annotations on record constructor parameters make
 * Payara's OpenAPI generator fail.
 */
public final class Requests {

    private Requests() {
    }

    public static class SignInRequest {
        @NotBlank @Size(max = 100) public String username;
        @NotBlank @Size(max = 200) public String password;
    }

    /** The signed-in account's own password change. */
    public static class PasswordChangeRequest {
        @NotBlank @Size(max = 200) public String currentPassword;
        @NotNull @Size(max = 200) public String newPassword;
    }

    /** A draft's metadata, as {@link MaterialRequest} names and checks it (PUT /materials/{id}). */
    public static class MaterialMetadataRequest {
        @NotNull public MaterialType type;
        @Size(max = 50) public String publicationNumber;
        @PlausibleDate public LocalDate publicationDate;
        @Size(max = 30) public Set<@NotBlank @Size(max = 100) String> topics;
        @Size(max = 30) public Set<@NotBlank @Size(max = 100) String> industries;
        @Size(max = 30) public Set<@NotBlank @Size(max = 100) String> audiences;
    }

    public static class AccountRequest {
        @NotBlank @Size(max = 100) public String username;
        @Size(max = 200) public String password;
        @Size(max = 200) public String displayName;
        @NotNull public Role role;
        @Size(max = 50) public Set<@NotBlank String> organizationIds;
        public Boolean active;
    }

    public static class OrganizationRequest {
        @NotBlank @Size(max = 300) public String name;
        @NotNull public OrganizationType type;
        @Size(max = 2000) public String website;
    }

    public static class ContactRequest {
        @NotBlank @Size(max = 200) public String name;
        @Size(max = 200) public String title;
        @Size(max = 300) public String affiliation;
        @Size(max = 254) public String email;
        public boolean agencyRepresentative;

        Contact toContact() {
            return new Contact(name, title, affiliation, email, agencyRepresentative);
        }
    }

    public static class GoalRequest {
        @NotNull public GoalCategory category;
        @NotNull public Goal.Horizon horizon;
        @NotBlank @Size(max = 2000) public String description;
        public Goal.Status status;

        Goal toGoal() {
            return new Goal(category, horizon, description, status);
        }
    }

    public static class AllianceRequest {
        @NotBlank @Size(max = 300) public String name;
        @NotNull public Agency agency;
        @NotNull public AllianceLevel level;
        @Size(max = 200) public String regionOrOffice;
        @PlausibleDate public LocalDate signedOn;
        @NotEmpty @Size(max = 50) public List<@NotBlank String> participantIds;
        @Size(max = 2000) public String workerInvolvement;
        @Valid public ContactRequest coordinator;
        @Size(max = 50) @Valid public List<@NotNull ContactRequest> signatories;
        @Size(max = 100) @Valid public List<@NotNull ContactRequest> implementationTeam;
        @Size(max = 50) @Valid public List<@NotNull GoalRequest> goals;
    }

    public static class TermRequest {
        /** renew, conclude or promote-to-ambassador. */
        @NotBlank public String action;
        @Min(1) @Max(5) public Integer years;
        @PlausibleDate public LocalDate on;
    }

    public static class VersionRequest {
        @NotBlank @Size(max = 500) public String title;
        @Size(max = 4000) public String summary;
        @Size(max = 2000) public String externalLink;
    }

    public static class LanguageVersionRequest extends VersionRequest {
        @NotBlank @Size(max = 35) public String language;
    }

    public static class TrainingRequest {
        @NotBlank @Size(max = 36) public String allianceId;
        @NotBlank @Size(max = 500) public String title;
        @Size(max = 4000) public String description;
        @Size(max = 30) public Set<@NotBlank @Size(max = 100) String> topics;
        @Size(max = 30) public Set<@NotBlank @Size(max = 100) String> audiences;
        @NotEmpty @Size(max = 20) public Set<@NotBlank @Size(max = 35) String> languages;
        @NotNull public org.alliancehub.domain.model.activity.TrainingProgram.Format format;
        public Integer durationMinutes;
        @Size(max = 300) public String provider;
        @Size(max = 200) public String contactName;
        @Size(max = 254) public String contactEmail;
        @Size(max = 2000) public String link;
        @Size(max = 30) public Set<@NotBlank @Size(max = 40) String> emphasisPrograms;

        org.alliancehub.domain.model.activity.TrainingProgram.Details details() {
            return new org.alliancehub.domain.model.activity.TrainingProgram.Details(title, description, topics, audiences,
                    languages, format, durationMinutes, provider, contactName, contactEmail, link);
        }
    }

    public static class EventRequest {
        @NotBlank @Size(max = 36) public String allianceId;
        @NotNull public org.alliancehub.domain.model.activity.Event.Kind kind;
        @NotBlank @Size(max = 500) public String title;
        @Size(max = 4000) public String description;
        /** Local date and time in {@link #timeZone}, e.g. 2027-05-03T09:00. */
        @NotNull @PlausibleDate public java.time.LocalDateTime startsLocal;
        @NotNull @PlausibleDate public java.time.LocalDateTime endsLocal;
        @NotBlank @Size(max = 60) public String timeZone;
        @Size(max = 500) public String place;
        @Size(max = 2000) public String onlineLink;
        @Size(max = 2000) public String registrationLink;
        @NotEmpty @Size(max = 20) public Set<@NotBlank @Size(max = 35) String> languages;
        @Size(max = 30) public Set<@NotBlank @Size(max = 40) String> emphasisPrograms;

        org.alliancehub.domain.model.activity.Event.Details details() {
            return new org.alliancehub.domain.model.activity.Event.Details(kind, title, description, startsLocal, endsLocal,
                    timeZone, place, onlineLink, registrationLink, languages);
        }
    }

    public static class ProgramRequest {
        @NotBlank @Size(max = 40) public String code;
        @NotNull public Agency agency;
        @NotNull public org.alliancehub.domain.model.program.EmphasisProgram.Scope scope;
        @NotBlank @Size(max = 300) public String nameEnglish;
        @NotBlank @Size(max = 300) public String nameSpanish;
        @PlausibleDate public LocalDate startsOn;
        @PlausibleDate public LocalDate endsOn;
    }

    /** A program's whole curated list, in order (PUT replaces it). */
    public static class CurationRequest {
        @NotNull @Size(max = org.alliancehub.domain.model.program.EmphasisProgram.MOST_CURATED)
        public java.util.List<@NotNull @jakarta.validation.Valid CuratedItemRequest> items;

        java.util.List<org.alliancehub.domain.model.program.CuratedItem> items() {
            return items.stream().map(i -> new org.alliancehub.domain.model.program.CuratedItem(i.kind, i.id, i.language, i.featured)).toList();
        }
    }

    /** One place: a MATERIAL, TRAINING or EVENT by id, for every reader or one {@code language}, featured or not. */
    public static class CuratedItemRequest {
        @NotNull public org.alliancehub.domain.model.program.CuratedItem.Kind kind;
        @NotBlank @Size(max = 36) public String id;
        @Size(max = 8) public String language;
        public boolean featured;
    }

    public static class ProgramLinksRequest {
        @NotNull @Size(max = 30) public Set<@NotBlank @Size(max = 40) String> codes;
    }

    /** An outreach activity as a partner reports it (POST) or corrects it (PUT). */
    public static class OutreachActivityRequest {
        @NotBlank @Size(max = 36) public String allianceId;
        @NotNull public OutreachKind kind;
        /** The day it took place, e.g. 2026-11-20; not in the future, not before 1990. */
        @NotNull @PlausibleDate public LocalDate date;
        @NotBlank @Size(max = 35) public String language;
        /** Who it reached (e.g. workers, employers, young workers), as materials name their audiences. */
        @Size(max = OutreachActivity.MAX_AUDIENCE) public String audience;
        @NotNull @Min(0) @Max(OutreachActivity.MAX_PEOPLE_REACHED) public Integer peopleReached;
        @NotBlank @Size(max = OutreachActivity.MAX_DESCRIPTION) public String description;

        OutreachActivity.Report report() {
            return new OutreachActivity.Report(kind, date, language, audience, peopleReached, description);
        }
    }

    public static class MaterialRequest {
        @NotBlank @Size(max = 36) public String allianceId;
        @NotNull public MaterialType type;
        @Size(max = 50) public String publicationNumber;
        @PlausibleDate public LocalDate publicationDate;
        @Size(max = 30) public Set<@NotBlank @Size(max = 100) String> topics;
        @Size(max = 30) public Set<@NotBlank @Size(max = 100) String> industries;
        @Size(max = 30) public Set<@NotBlank @Size(max = 100) String> audiences;
        @Size(max = 30) public Set<@NotBlank @Size(max = 40) String> emphasisPrograms;
        @Size(max = 40) @Valid public List<@NotNull LanguageVersionRequest> versions;
    }
}
