package org.alliancehub.web.interfaces.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.contracts.content.OrganizationView;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.interfaces.partner.web.PartnerWorkspace;
import org.alliancehub.web.interfaces.partner.web.WorkspaceMessages;
import org.alliancehub.web.interfaces.staff.facade.RegistryForms;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Staff keep the participant organizations: the list by name, and one form that records a new
 * organization or, with {@code ?id=}, changes one. A change saved by someone else meanwhile is not
 * overwritten: the page says so and shows the organization as it is now.
 */
@Named
@ViewScoped
public class OrganizationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most the content service answers in one page; the registry is listed by name up to it. */
    static final int PAGE_SIZE = 100;

    @Inject
    HttpServletRequest request;

    @Inject
    ContentWorkspaceClient content;

    @Inject
    LocaleSelection locale;

    private String id;
    private long version;
    private String name;
    private String type;
    private String website;
    private List<OrganizationView> organizations;

    public void load() {
        if (organizations != null) {
            return;
        }
        list();
        if (id != null) {
            content.found("the organization", api -> api.organization(auth(), id)).ifPresentOrElse(this::edit, PartnerWorkspace::notFound);
        }
    }

    private void list() {
        organizations = content.call("the organizations", api -> api.organizations(auth(), null, 1, PAGE_SIZE)).items();
    }

    private void edit(OrganizationView shown) {
        id = shown.id();
        version = shown.version();
        name = shown.name();
        type = shown.type();
        website = shown.website();
    }

    public void save() {
        var body = RegistryForms.organization(name, type, website);
        try {
            if (id == null) {
                edit(content.call("a new organization", api -> api.createOrganization(auth(), body)));
                WorkspaceMessages.info(locale.getMessages(), "registry.organization.created");
            } else {
                edit(content.call("the organization", api -> api.updateOrganization(auth(), id, "\"" + version + "\"", body)));
                WorkspaceMessages.info(locale.getMessages(), "registry.saved");
            }
        } catch (WorkspaceRefusal refusal) {
            WorkspaceMessages.refusedSaving(locale.getMessages(), refusal, "registry.stale",
                    () -> edit(content.call("the organization", api -> api.organization(auth(), id))));
        }
        list();
    }

    private String auth() {
        return ContentWorkspaceClient.bearerOf(request);
    }

    public List<String> getTypes() { return RegistryForms.ORGANIZATION_TYPES; }
    public List<OrganizationView> getOrganizations() { return organizations; }
    public boolean isEditing() { return id != null; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id == null || id.isBlank() ? null : id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
