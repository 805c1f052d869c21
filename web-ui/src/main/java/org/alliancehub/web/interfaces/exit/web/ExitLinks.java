package org.alliancehub.web.interfaces.exit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * The addresses of the exit notice, for every page that links outside the portal: a link that leaves
 * the site goes through {@code /exit}, which names what holds the link, never the link itself (so
 * the notice is no open redirect). In a page:
 * <pre>{@code
 * <a href="#{exitLinks.event(event.id(), 'registration')}">Register</a>   <!-- or 'online' -->
 * <a href="#{exitLinks.training(training.id())}">…</a>
 * <a href="#{exitLinks.organization(participant.id())}">#{participant.name()}</a>   <!-- its website -->
 * <a href="#{exitLinks.material(material.id(), version.language())}">…</a>  <!-- a version's external link -->
 * }</pre>
 * Each answers the notice's address with the context path and the reader's {@code lang} (a material's
 * version is named by {@code version}). The notice reads the item from the
 * content service and offers its stored link; an item without that link is a 404 there, so link only
 * to what exists (e.g. {@code rendered="#{not empty organization.website()}"}).
 */
@Named("exitLinks")
@RequestScoped
public class ExitLinks {

    @Inject
    LocaleSelection locale;

    /** An event's {@code online} or {@code registration} link. */
    public String event(String eventId, String link) {
        return base() + "?event=" + encode(eventId) + "&link=" + encode(link) + lang();
    }

    public String training(String trainingId) {
        return base() + "?training=" + encode(trainingId) + lang();
    }

    /** A participant organization's website. */
    public String organization(String organizationId) {
        return base() + "?organization=" + encode(organizationId) + lang();
    }

    /** The external link of a material's language version. */
    public String material(String materialId, String versionLanguage) {
        return base() + "?material=" + encode(materialId) + "&version=" + encode(versionLanguage) + lang();
    }

    private static String base() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/exit";
    }

    private String lang() {
        return "&lang=" + locale.getLanguage();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
