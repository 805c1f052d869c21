package org.alliancehub.content.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.alliance.OrganizationType;
import org.alliancehub.domain.model.material.MaterialType;

/**
 * The request bodies the API accepts, validated before they reach a use case. Plain classes with
 * public fields rather than records: constraint annotations on record constructor parameters make
 * Payara's OpenAPI generator fail.
 */
public final class Requests {

    private Requests() {
    }

    public static class ParticipantRequest {
        @NotBlank @Size(max = 300) public String name;
        @NotNull public OrganizationType type;
    }

    public static class AllianceRequest {
        @NotBlank @Size(max = 300) public String name;
        @NotNull public Agency agency;
        @NotNull public AllianceLevel level;
        @Size(max = 200) public String regionOrOffice;
        public LocalDate signedOn;
        @NotEmpty @Size(max = 50) @Valid public List<@NotNull ParticipantRequest> participants;
    }

    public static class VersionRequest {
        @NotBlank @Size(max = 500) public String title;
        @Size(max = 4000) public String summary;
        @Size(max = 2000) public String externalLink;
    }

    public static class LanguageVersionRequest extends VersionRequest {
        @NotBlank @Size(max = 35) public String language;
    }

    public static class MaterialRequest {
        @NotBlank @Size(max = 36) public String allianceId;
        @NotNull public MaterialType type;
        @Size(max = 50) public String publicationNumber;
        public LocalDate publicationDate;
        @Size(max = 30) public Set<@NotBlank @Size(max = 100) String> topics;
        @Size(max = 40) @Valid public List<@NotNull LanguageVersionRequest> versions;
    }
}
