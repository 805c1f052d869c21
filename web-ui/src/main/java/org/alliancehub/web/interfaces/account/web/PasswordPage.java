package org.alliancehub.web.interfaces.account.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceProblems;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.infrastructure.security.ClientAddress;
import org.alliancehub.web.infrastructure.security.SignedInAccount;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * A signed-in account changes its own password. The content service checks the current one (a
 * wrong one counts toward the same throttle as a sign-in) and the rules for the new one, and ends
 * every token issued before; so the portal signs in again with the new password at once and the
 * person stays in the workspace.
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    SecurityContext security;

    @Inject
    ContentWorkspaceClient content;

    @Inject
    LocaleSelection locale;

    private String current;
    private String chosen;
    private String repeated;

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignedInAccount account = SignedInAccount.of(request).orElseThrow(() -> new WorkspaceRefusal(401, null, null));
        String typedCurrent = current == null ? "" : current;
        String typedNew = chosen == null ? "" : chosen;
        current = null;
        chosen = null;
        if (!typedNew.equals(repeated == null ? "" : repeated)) {
            repeated = null;
            fail(faces, "password.mismatch");
            return;
        }
        repeated = null;
        try {
            content.run("a password change", api -> api.changePassword(account.authorization(), ClientAddress.forwardedChain(request),
                    Json.createObjectBuilder().add("currentPassword", typedCurrent).add("newPassword", typedNew).build()));
        } catch (WorkspaceRefusal refusal) {
            if (refusal instanceof WorkspaceProblems.Throttled throttled) {
                fail(faces, locale.getMessages().format("signin.throttled", throttled.retryAfterSeconds()));
            } else if (refusal.status() == 403) {
                fail(faces, "password.wrong");
            } else {
                failWith(faces, refusal.detail() == null ? locale.getMessages().text("workspace.refused") : refusal.detail());
            }
            return;
        }
        // the change ended every earlier token, this session's too: sign in again with the new password
        AuthenticationStatus status = Credentials.signIn(security, external, account.username(), typedNew);
        if (status == AuthenticationStatus.SUCCESS) {
            external.getFlash().put("passwordChanged", Boolean.TRUE);
            external.redirect(external.getRequestContextPath() + "/account/password");
        } else {
            external.invalidateSession();
            external.redirect(external.getRequestContextPath() + "/account/sign-in?ended=true");
        }
        faces.responseComplete();
    }

    private void fail(FacesContext faces, String keyOrText) {
        String key = "account." + keyOrText;
        failWith(faces, locale.getMessages().has(key) ? locale.getMessages().text(key) : keyOrText);
    }

    private static void failWith(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getChosen() { return chosen; }
    public void setChosen(String chosen) { this.chosen = chosen; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
