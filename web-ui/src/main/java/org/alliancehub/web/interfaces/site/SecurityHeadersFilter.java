package org.alliancehub.web.interfaces.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The security headers of every portal response: pages, Faces resources, feeds, the site map,
 * error pages. There is one Content-Security-Policy, {@code primefaces.CSP_POLICY} in web.xml:
 * PrimeFaces sends it on pages with its script nonce appended to the last directive
 * ({@code script-src 'self'}), and this filter sends it as written on everything else. A page's
 * policy replaces the one set here instead of being added beside it (two policies would both be
 * enforced, and this one, without the nonce, would block the page's scripts).
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    /** The context parameter PrimeFaces reads its policy from. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank() || !policy.strip().endsWith("script-src 'self'")) {
            throw new ServletException(POLICY_PARAMETER + " in web.xml must be the portal's whole policy, ending with "
                    + "script-src 'self' (PrimeFaces appends its nonce there); it is: " + policy);
        }
        policy = policy.strip();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        // the old header for browsers without frame-ancestors, saying the same
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Turns a second Content-Security-Policy (the page's, with its nonce) into a replacement of the first. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
