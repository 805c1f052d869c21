package org.alliancehub.contracts.metrics;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Names the route a REST request matched, as its template ({@code /api/materials/{id}}), for
 * {@link RequestMetricsFilter}: the path itself would make one meter per material.
 */
@Provider
public class RouteTemplates implements ContainerRequestFilter {

    /** The request attribute that holds the template. */
    static final String ATTRIBUTE = RouteTemplates.class.getName();

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource != null && resource.getResourceClass() != null && servletRequest != null) {
            servletRequest.setAttribute(ATTRIBUTE, template(servletRequest.getServletPath(),
                    resource.getResourceClass().getAnnotation(Path.class),
                    resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Path.class)));
        }
    }

    static String template(String applicationPath, Path type, Path method) {
        StringBuilder route = new StringBuilder(applicationPath == null ? "" : applicationPath);
        for (Path part : new Path[] {type, method}) {
            if (part != null && !part.value().isEmpty() && !part.value().equals("/")) {
                String value = part.value().startsWith("/") ? part.value() : "/" + part.value();
                route.append(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            }
        }
        // a template's regular expression ({id: [0-9]+}) is kept out: the name is enough
        return route.isEmpty() ? "/" : route.toString().replaceAll("\\{\\s*(\\w+)\\s*:(?:[^{}]|\\{[^{}]*})*}", "{$1}");
    }
}
