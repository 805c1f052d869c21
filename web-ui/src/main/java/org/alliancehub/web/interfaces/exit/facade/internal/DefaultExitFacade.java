package org.alliancehub.web.interfaces.exit.facade.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.contracts.content.ContentContract;
import org.alliancehub.contracts.content.PublicMaterial;
import org.alliancehub.contracts.feed.MaterialDocument;
import org.alliancehub.web.infrastructure.client.ContentServiceClient;
import org.alliancehub.web.interfaces.exit.facade.ExitDestinationDto;
import org.alliancehub.web.interfaces.exit.facade.ExitFacade;
import org.alliancehub.web.interfaces.exit.facade.ExitReference;

/**
 * Reads the item an exit reference names, as anyone may see it (anonymous calls: drafts and withdrawn
 * items answer 404), and offers its stored link.
 */
@ApplicationScoped
public class DefaultExitFacade implements ExitFacade {

    @Inject
    ContentServiceClient content;

    @Override
    public Optional<ExitDestinationDto> destination(ExitReference reference) {
        String id = reference.id();
        String back = switch (reference.holder()) {
            case EVENT -> "/event?id=" + encode(id);
            case TRAINING -> "/training?id=" + encode(id);
            case MATERIAL -> "/material?id=" + encode(id) + "&lang=" + encode(reference.language());
            case ORGANIZATION -> null;
        };
        return switch (reference.holder()) {
            case EVENT -> content.find("event " + id, api -> api.event(id)).filter(e -> understood(e.contract()) && published(e.state()))
                    .flatMap(e -> destination(reference.link() == ExitReference.EventLink.ONLINE ? e.onlineLink() : e.registrationLink(),
                            e.title(), back));
            case TRAINING -> content.find("training " + id, api -> api.training(id)).filter(t -> understood(t.contract()) && published(t.state()))
                    .flatMap(t -> destination(t.link(), t.title(), back));
            case ORGANIZATION -> content.find("organization " + id, api -> api.organization(id)).filter(o -> understood(o.contract()))
                    .flatMap(o -> destination(o.website(), o.name(), null));
            case MATERIAL -> content.find("material " + id, api -> api.material(id)).filter(m -> understood(m.contract()))
                    .flatMap(m -> version(m, reference.language()))
                    .flatMap(v -> destination(v.externalLink(), v.title(), back));
        };
    }

    private static Optional<MaterialDocument.Version> version(PublicMaterial material, String language) {
        return material.versions() == null ? Optional.empty()
                : material.versions().stream().filter(v -> v.language() != null && v.language().equalsIgnoreCase(language)).findFirst();
    }

    /**
     * The link when it is an absolute http or https address with a host. The content service accepts no
     * other, but a notice that would render a {@code javascript:} link is not left to one check.
     */
    static Optional<ExitDestinationDto> destination(String link, String ownerName, String backPath) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(new ExitDestinationDto(uri.toString(), uri.getHost(), ownerName, backPath));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean published(String state) {
        return state == null || "PUBLISHED".equals(state);
    }

    private static boolean understood(String contract) {
        ContentServiceClient.requireUnderstood(contract);
        return true;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
