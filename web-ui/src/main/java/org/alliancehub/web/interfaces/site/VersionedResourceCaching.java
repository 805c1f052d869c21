package org.alliancehub.web.interfaces.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Faces resources whose address carries a version ({@code v=}: PrimeFaces' release, or the content
 * hash {@link ContentHashResourceHandler} gives the portal's own) never change at that address, so
 * browsers keep them a year without asking again, in place of the week Faces gives every resource.
 * Only a response Faces marks cacheable gets this (it sets Cache-Control on resources it found),
 * so a missing resource's 404 is not kept.
 */
public class VersionedResourceCaching extends HttpFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String version = request.getParameter("v");
        chain.doFilter(request, version == null || version.isBlank() ? response : new KeptAYear(response));
    }

    static final class KeptAYear extends HttpServletResponseWrapper {

        KeptAYear(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, IMMUTABLE);
            } else if (!"Expires".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, IMMUTABLE);
            } else if (!"Expires".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!"Expires".equalsIgnoreCase(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!"Expires".equalsIgnoreCase(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
