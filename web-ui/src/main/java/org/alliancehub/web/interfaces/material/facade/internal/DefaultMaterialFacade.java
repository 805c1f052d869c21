package org.alliancehub.web.interfaces.material.facade.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.contracts.content.PublicMaterial;
import org.alliancehub.contracts.feed.MaterialDocument;
import org.alliancehub.web.infrastructure.client.ContentServiceClient;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.alliancehub.web.interfaces.material.facade.MaterialFacade;
import org.alliancehub.web.interfaces.material.facade.MaterialPageDto;
import org.alliancehub.contracts.tracing.TracedLogger;

/** Reads a published material from the content service and assembles its page. */
@ApplicationScoped
public class DefaultMaterialFacade implements MaterialFacade {

    private static final Logger LOG = TracedLogger.of(DefaultMaterialFacade.class);
    /** Looked up once: each Json.create… call would search the class path for a provider again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ContentServiceClient client;

    @Override
    public Optional<MaterialPageDto> material(String id, String readerLanguage) {
        return material(id, readerLanguage, null);
    }

    @Override
    public Optional<MaterialPageDto> material(String id, String readerLanguage, String version) {
        return client.find("material " + id, api -> api.material(id))
                .map(material -> assemble(material, PortalMessages.of(java.util.Locale.forLanguageTag(readerLanguage)), client::downloadHref,
                        version));
    }

    /**
     * The page for a material. An answer under another major version of the contract is not guessed
     * at: the reader sees that the content is unavailable, the log says why.
     */
    static MaterialPageDto assemble(PublicMaterial material, PortalMessages messages, BiFunction<String, String, String> downloadHref) {
        return assemble(material, messages, downloadHref, null);
    }

    /** @param requestedVersion the version to show when the material has it; null for the reader's language */
    static MaterialPageDto assemble(PublicMaterial material, PortalMessages messages, BiFunction<String, String, String> downloadHref,
                                    String requestedVersion) {
        String readerLanguage = messages.locale().getLanguage();
        ContentServiceClient.requireUnderstood(material.contract());
        List<MaterialPageDto.VersionDto> versions = new ArrayList<>();
        for (MaterialDocument.Version v : orEmpty(material.versions())) {
            MaterialDocument.File file = v.file();
            versions.add(new MaterialPageDto.VersionDto(v.language(), v.title(), v.summary(), v.translationOutdated(),
                    file == null ? null : downloadHref.apply(material.id(), v.language()),
                    file == null ? null : file.name(), file == null ? null : file.mediaType(), file == null ? 0 : file.size(),
                    file == null ? null : messages.fileSize(file.size()), v.extraction() == null ? null : v.extraction().pageCount(),
                    v.externalLink() != null));
        }
        MaterialPageDto.VersionDto shown = versions.stream()
                .filter(v -> requestedVersion != null && v.language() != null && v.language().equalsIgnoreCase(requestedVersion.strip()))
                .findFirst()
                .or(() -> versions.stream().filter(v -> sameLanguage(v.language(), readerLanguage)).findFirst())
                .orElse(versions.isEmpty() ? null : versions.get(0));
        if (shown != null) {
            versions.remove(shown);
            versions.add(0, shown);
        }
        List<MaterialPageDto.ProgramDto> programs = orEmpty(material.emphasisPrograms()).stream()
                .map(p -> new MaterialPageDto.ProgramDto(p.code(),
                        "es".equals(readerLanguage) && p.nameSpanish() != null ? p.nameSpanish() : p.nameEnglish()))
                .toList();
        return new MaterialPageDto(material.id(), shown, List.copyOf(versions), material.type(), material.allianceId(),
                material.allianceName(), material.agency(), material.publicationNumber(),
                material.publicationDate() == null ? null : material.publicationDate().toString(), messages.date(material.publicationDate()),
                orEmpty(material.topics()), orEmpty(material.industries()), orEmpty(material.audiences()), programs,
                orEmpty(material.participants()), jsonLd(material, shown, versions),
                shown == null ? null : messages.onlyInUnlessOffered(versions.stream().map(MaterialPageDto.VersionDto::language).toList()));
    }

    private static boolean sameLanguage(String versionTag, String readerLanguage) {
        return versionTag != null && readerLanguage != null
                && (versionTag.equalsIgnoreCase(readerLanguage) || versionTag.toLowerCase().startsWith(readerLanguage.toLowerCase() + "-"));
    }

    /** schema.org's description of the document, for search engines; safe inside a script element. */
    static String jsonLd(PublicMaterial material, MaterialPageDto.VersionDto shown, List<MaterialPageDto.VersionDto> versions) {
        JsonObjectBuilder document = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "DigitalDocument")
                .add("identifier", material.id());
        if (shown != null) {
            document.add("name", shown.title()).add("inLanguage", shown.language());
            if (shown.summary() != null) {
                document.add("description", shown.summary());
            }
        }
        if (material.publicationDate() != null) {
            document.add("datePublished", material.publicationDate().toString());
        }
        if (material.allianceName() != null) {
            document.add("publisher", JSON.createObjectBuilder().add("@type", "Organization").add("name", material.allianceName()));
        }
        JsonArrayBuilder keywords = JSON.createArrayBuilder();
        orEmpty(material.topics()).forEach(keywords::add);
        document.add("keywords", keywords);
        JsonArrayBuilder encodings = JSON.createArrayBuilder();
        for (MaterialPageDto.VersionDto v : versions) {
            if (v.downloadHref() != null) {
                encodings.add(JSON.createObjectBuilder().add("@type", "MediaObject").add("contentUrl", v.downloadHref())
                        .add("encodingFormat", v.format()).add("inLanguage", v.language()));
            }
        }
        document.add("encoding", encodings);
        // "<" written as its escape, so that no value can close the script element it sits in
        return document.build().toString().replace("<", "\\u003c");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
