package org.alliancehub.web.interfaces.staff.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.contracts.content.OrganizationView;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.StaffAccount;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.infrastructure.security.SignedInAccount;
import org.alliancehub.web.interfaces.partner.web.WorkspaceMessages;
import org.alliancehub.web.interfaces.staff.facade.RegistryForms;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * An admin keeps the accounts: the list, a new account with a random initial password shown once
 * (the holder changes it after signing in), a change of role and organization, deactivation. Any
 * other account gets the 403 page; the content service refuses it too.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most the content service answers in one page; the registry is listed by name up to it. */
    static final int PAGE_SIZE = 100;

    @Inject
    HttpServletRequest request;

    @Inject
    ContentWorkspaceClient content;

    @Inject
    LocaleSelection locale;

    private List<StaffAccount> accounts;
    private List<OrganizationView> organizations = List.of();
    private String editedId;
    private long editedVersion;
    private boolean editedActive = true;
    private String username;
    private String displayName;
    private String role = "PARTNER";
    private List<String> organizationIds = new java.util.ArrayList<>();
    /** The new account's password, in this view only: shown once, never stored by the portal. */
    private String shownPassword;
    private String shownFor;

    public void load() {
        if (accounts != null) {
            return;
        }
        if (SignedInAccount.of(request).map(a -> !a.isAdmin()).orElse(true)) {
            forbidden();
            return;
        }
        list();
        organizations = content.call("the organizations", api -> api.organizations(auth(), null, 1, PAGE_SIZE)).items();
    }

    private static void forbidden() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private void list() {
        accounts = content.call("the accounts", api -> api.accounts(auth(), 1, PAGE_SIZE)).items();
    }

    /** Fills the form with an account to change its role or organizations. */
    public void edit(String id) {
        find(id).ifPresent(a -> {
            editedId = a.id();
            editedVersion = a.version();
            editedActive = a.active();
            username = a.username();
            displayName = a.displayName();
            role = a.role() == null ? null : a.role().toUpperCase(java.util.Locale.ROOT);
            organizationIds = new java.util.ArrayList<>(a.organizationIds());
        });
        shownPassword = null;
    }

    public void cancel() {
        editedId = null;
        editedActive = true;
        username = null;
        displayName = null;
        role = "PARTNER";
        organizationIds = new java.util.ArrayList<>();
    }

    public void save() {
        shownPassword = null;
        try {
            if (editedId == null) {
                String password = RegistryForms.initialPassword();
                StaffAccount created = content.call("a new account", api -> api.createAccount(auth(),
                        RegistryForms.account(username, displayName, role, organizationList(), true, password)));
                shownPassword = password;
                shownFor = created.username();
                WorkspaceMessages.info(locale.getMessages(), "registry.account.created", created.username());
            } else {
                String id = editedId;
                content.call("the account", api -> api.updateAccount(auth(), id, "\"" + editedVersion + "\"",
                        RegistryForms.account(username, displayName, role, organizationList(), editedActive, null)));
                WorkspaceMessages.info(locale.getMessages(), "registry.saved");
            }
            cancel();
        } catch (WorkspaceRefusal refusal) {
            refused(refusal);
        }
        list();
    }

    /** Deactivates (or activates again) an account: it keeps its history, and signs in no more. */
    public void changeActive(String id, boolean active) {
        shownPassword = null;
        Optional<StaffAccount> found = find(id);
        if (found.isEmpty()) {
            return;
        }
        StaffAccount a = found.get();
        try {
            content.call("the account", api -> api.updateAccount(auth(), a.id(), "\"" + a.version() + "\"",
                    RegistryForms.account(a.username(), a.displayName(), a.role().toUpperCase(java.util.Locale.ROOT),
                            a.organizationIds(), active, null)));
            WorkspaceMessages.info(locale.getMessages(), active ? "registry.account.activated" : "registry.account.deactivated", a.username());
        } catch (WorkspaceRefusal refusal) {
            refused(refusal);
        }
        list();
    }

    private void refused(WorkspaceRefusal refusal) {
        // the list below shows the account as saved now
        WorkspaceMessages.refusedSaving(locale.getMessages(), refusal, "registry.stale", () -> { });
    }

    private Optional<StaffAccount> find(String id) {
        return accounts == null ? Optional.empty() : accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private List<String> organizationList() {
        return organizationIds == null ? List.of() : organizationIds;
    }

    private String auth() {
        return ContentWorkspaceClient.bearerOf(request);
    }

    /** An organization's name for the list, its id when it is not among those shown. */
    public String organizationNames(StaffAccount account) {
        return String.join(", ", account.organizationIds().stream().map(id -> organizations.stream()
                .filter(o -> o.id().equals(id)).map(OrganizationView::name).findFirst().orElse(id)).toList());
    }

    public List<String> getRoles() { return RegistryForms.ROLES; }
    public List<StaffAccount> getAccounts() { return accounts; }
    public List<OrganizationView> getOrganizations() { return organizations; }
    public boolean isEditing() { return editedId != null; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public List<String> getOrganizationIds() { return organizationIds; }
    public void setOrganizationIds(List<String> organizationIds) { this.organizationIds = organizationIds; }
    public String getShownPassword() { return shownPassword; }
    public String getShownFor() { return shownFor; }
}
