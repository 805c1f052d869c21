package org.alliancehub.web.interfaces.partner.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.interfaces.web.PortalMessages;

/**
 * The workspace pages' messages above their forms: what was saved, what changed meanwhile, and a
 * refusal in the content service's own plain words (its problem detail), or the portal's general
 * sentence when it gave none. A refusal marks the request as failed, so the form keeps what was typed.
 */
public final class WorkspaceMessages {

    private WorkspaceMessages() {
    }

    public static void info(PortalMessages messages, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, messages.format("workspace.message." + key, arguments));
    }

    public static void warn(PortalMessages messages, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, messages.format("workspace.message." + key, arguments));
    }

    public static void error(PortalMessages messages, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, messages.format("workspace.message." + key, arguments));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A message in the page's own words, not the bundle's (a refusal's reason read elsewhere). */
    public static void errorText(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The service's refusal; a not-found one is the portal's 404 page (another alliance's item looks missing). */
    public static void refused(PortalMessages messages, WorkspaceRefusal refusal) {
        if (refusal.isNotFound()) {
            PartnerWorkspace.notFound();
            return;
        }
        add(FacesMessage.SEVERITY_ERROR, refusal.detail() == null ? messages.text("workspace.refused") : refusal.detail());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * A refused save: when someone saved a change meanwhile (409 edit conflict), {@code showSaved}
     * puts what is saved now in the form and the page says so ({@code staleKey}); nothing is
     * overwritten. Any other refusal in the service's words, as {@link #refused}.
     */
    public static void refusedSaving(PortalMessages messages, WorkspaceRefusal refusal, String staleKey, Runnable showSaved) {
        if (refusal.isStale()) {
            showSaved.run();
            error(messages, staleKey);
        } else {
            refused(messages, refusal);
        }
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
