package org.alliancehub.content.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.material.LanguageVersion;
import org.alliancehub.domain.model.material.Material;

/**
 * The representation of a material that the API answers with and the change feed carries: one
 * shape, so that what search indexes is exactly what the API shows.
 */
public record MaterialView(String id, String allianceId, String allianceName, String agency, List<String> participants,
                           String type, String publicationNumber, LocalDate publicationDate, List<String> topics,
                           String state, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                           OffsetDateTime publishedAt, long version, List<VersionView> versions) {

    public record VersionView(String language, String title, String summary, String externalLink,
                              boolean translationOutdated, OffsetDateTime updatedAt) {

        static VersionView of(LanguageVersion version) {
            return new VersionView(version.language().tag(), version.title(), version.summary(),
                    version.externalLink(), version.translationOutdated(), version.updatedAt());
        }
    }

    public static MaterialView of(Material material) {
        return new MaterialView(material.id(), material.alliance().id(), material.alliance().name(),
                material.alliance().agency().name(),
                material.alliance().participants().stream().map(Organization::name).toList(),
                material.type().name(), material.publicationNumber(), material.publicationDate(),
                List.copyOf(material.topics()), material.state().name(), material.createdAt(), material.updatedAt(),
                material.publishedAt(), material.version(),
                material.versions().stream().map(VersionView::of).toList());
    }
}
