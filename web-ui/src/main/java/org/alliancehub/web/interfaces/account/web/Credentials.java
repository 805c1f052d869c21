package org.alliancehub.web.interfaces.account.web;

import jakarta.faces.context.ExternalContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A user name and password handed to Jakarta Security for a new sign-in (the portal's {@code ContentTokenAuthentication}). */
final class Credentials {

    private Credentials() {
    }

    static AuthenticationStatus signIn(SecurityContext security, ExternalContext external, String username, String password) {
        return security.authenticate((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password))));
    }
}
