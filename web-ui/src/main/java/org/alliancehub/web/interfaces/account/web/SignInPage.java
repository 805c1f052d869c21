package org.alliancehub.web.interfaces.account.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.web.infrastructure.client.workspace.WorkspaceProblems;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.infrastructure.security.ContentTokenAuthentication;
import org.alliancehub.web.infrastructure.security.SignedInAccount;
import org.alliancehub.web.infrastructure.security.WorkspaceDestination;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * The sign-in and sign-out of partners and staff: a Faces form (its view state is the form's CSRF
 * token) handed to Jakarta Security, which asks the content service. A wrong password, a throttled
 * account and an unreachable service each say so in plain words.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext security;

    @Inject
    LocaleSelection locale;

    private String username;
    private String password;
    private String next;
    private boolean ended;
    private boolean signedOut;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = Credentials.signIn(security, external, username, password);
        password = null;
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + WorkspaceDestination.of(next, home(request)));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> failed(faces, (WorkspaceRefusal) request.getAttribute(ContentTokenAuthentication.REFUSAL));
        }
    }

    private void failed(FacesContext faces, WorkspaceRefusal refusal) {
        String text;
        if (refusal instanceof WorkspaceProblems.Throttled throttled) {
            text = locale.getMessages().format("signin.throttled", throttled.retryAfterSeconds());
        } else if (refusal != null && refusal.status() >= 500) {
            text = locale.getMessages().text("signin.unavailable");
        } else {
            text = locale.getMessages().text("signin.wrong");
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** Ends the sign-in: the session and the token it held are gone from the portal. */
    public void signOut() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException alreadyOut) {
            // nothing to end
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/account/sign-in?signedOut=true");
        faces.responseComplete();
    }

    /** A partner who is signed in already goes on to the workspace. */
    public void skipWhenSignedIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!faces.isPostback() && SignedInAccount.of(request).isPresent() && !ended) {
            external.redirect(external.getRequestContextPath() + WorkspaceDestination.of(next, home(request)));
            faces.responseComplete();
        }
    }

    /** Where an account goes when it asked for no page: partners to their alliances, staff to the review queue. */
    private static String home(HttpServletRequest request) {
        return SignedInAccount.of(request).filter(account -> !account.isPartner())
                .map(account -> WorkspaceDestination.REVIEW_QUEUE).orElse(WorkspaceDestination.DASHBOARD);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public boolean isEnded() { return ended; }
    public void setEnded(boolean ended) { this.ended = ended; }
    public boolean isSignedOut() { return signedOut; }
    public void setSignedOut(boolean signedOut) { this.signedOut = signedOut; }
}
