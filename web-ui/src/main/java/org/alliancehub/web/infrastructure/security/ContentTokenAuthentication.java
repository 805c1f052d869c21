package org.alliancehub.web.infrastructure.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.alliancehub.contracts.account.CurrentAccount;
import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.IssuedToken;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * The portal's sign-in, as a Jakarta Security mechanism: the content service checks the password
 * and issues the token (so the same accounts, rules and throttling hold as for the API), and the
 * portal keeps that token in the HTTP session ({@link SignedInAccount}). Every later request of the
 * session is the same account with the token's roles, until the token expires or the session times
 * out; a protected page asked for without one leads to the sign-in page, saying why when a
 * sign-in has just ended.
 */
@ApplicationScoped
public class ContentTokenAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = TracedLogger.of(ContentTokenAuthentication.class);

    /** The request attribute that tells the sign-in page why a sign-in failed (a {@link WorkspaceRefusal}). */
    public static final String REFUSAL = ContentTokenAuthentication.class.getName() + ".refusal";

    static final String SIGN_IN_PATH = "/account/sign-in";

    @Inject
    ContentWorkspaceClient content;

    Clock clock = Clock.systemUTC();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(request, credential, context);
        }
        var account = SignedInAccount.of(request);
        if (account.isPresent() && account.get().isValidAt(clock.instant())) {
            return context.notifyContainerAboutLogin(account.get().username(), new HashSet<>(account.get().roles()));
        }
        boolean ended = account.isPresent()
                || (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid());
        if (account.isPresent()) {
            request.getSession().invalidate();
        }
        if (context.isProtected()) {
            return toSignIn(request, response, ended);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, UsernamePasswordCredential credential, HttpMessageContext context) {
        try {
            IssuedToken token = content.call("sign-in", api -> api.signIn(ClientAddress.forwardedChain(request),
                    Json.createObjectBuilder().add("username", credential.getCaller())
                            .add("password", credential.getPasswordAsString()).build()));
            CurrentAccount who = content.call("the signed-in account", api -> api.caller("Bearer " + token.token()));
            SignedInAccount account = new SignedInAccount(who.username(), who.username(), new HashSet<>(who.roles()),
                    who.organizationIds(), token.token(),
                    expiry(token));
            // a new session id at sign-in: an id planted before it (session fixation) is worth nothing after
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SignedInAccount.SESSION_KEY, account);
            return context.notifyContainerAboutLogin(account.username(), new HashSet<>(account.roles()));
        } catch (WorkspaceRefusal refusal) {
            request.setAttribute(REFUSAL, refusal);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (ServiceUnavailable unavailable) {
            LOG.warning("Sign-in could not reach the content service: " + unavailable.getMessage());
            request.setAttribute(REFUSAL, new WorkspaceRefusal(503, null, null));
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private Instant expiry(IssuedToken token) {
        try {
            return OffsetDateTime.parse(token.expiresAt()).toInstant();
        } catch (RuntimeException unreadable) {
            // the token stays valid at the service until it says otherwise; ask again within minutes
            return clock.instant().plusSeconds(300);
        }
    }

    /** To the sign-in page, and back here after it; a Faces Ajax request gets its partial-response redirect. */
    private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response, boolean ended) {
        String here = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
            here += "?" + request.getQueryString();
        }
        String location = request.getContextPath() + SIGN_IN_PATH + "?next=" + URLEncoder.encode(WorkspaceDestination.of(here),
                StandardCharsets.UTF_8) + (ended ? "&ended=true" : "") + language(request);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + location.replace("&", "&amp;") + "\"/></partial-response>");
            } else {
                response.sendRedirect(location);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The reader's language asked for in the address, kept for the sign-in page (it was not remembered yet). */
    private static String language(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        return "en".equals(lang) || "es".equals(lang) ? "&lang=" + lang : "";
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInAccount.SESSION_KEY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
