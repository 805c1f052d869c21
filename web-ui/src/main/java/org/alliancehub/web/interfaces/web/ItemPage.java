package org.alliancehub.web.interfaces.web;

import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * A bookmarkable page of one item ({@code /material?id=…}, {@code /alliance?id=…}, {@code /event?id=…},
 * {@code /exit?…}): read once per request before rendering ({@code f:viewAction}); nothing there is
 * a 404 page in the reader's language, a service that cannot answer a 503 page; never a 500.
 */
public abstract class ItemPage<T> {

    private static final Logger LOG = TracedLogger.of(ItemPage.class);
    /** Ids are UUIDs; anything much longer is not one. */
    static final int MAX_ID = 64;

    private T item;
    private String problem;

    /** The item the address names; empty when there is none. */
    protected abstract Optional<T> find(Map<String, String> parameters);

    /** The message key of the 404 page. */
    protected abstract String notFoundKey();

    /** The message key of the 503 page. */
    protected abstract String unavailableKey();

    /** What else the page reads once it has its item (related materials, say). */
    protected void found(T item) {
    }

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            item = find(external.getRequestParameterMap()).orElse(null);
        } catch (ServiceUnavailable e) {
            LOG.warning(getClass().getSimpleName() + ": " + e.getMessage());
            problem = unavailableKey();
            external.setResponseStatus(503);
            return;
        }
        if (item == null) {
            problem = notFoundKey();
            external.setResponseStatus(404);
        } else {
            found(item);
        }
    }

    protected T item() {
        return item;
    }

    /** A message key when there is nothing to show, else null. */
    public String getProblem() {
        return problem;
    }

    /** An id parameter, stripped; empty when it cannot be an id, so the page is a 404 without asking a service. */
    public static Optional<String> id(String parameter) {
        if (parameter == null) {
            return Optional.empty();
        }
        String id = parameter.strip();
        return id.isEmpty() || id.length() > MAX_ID || !id.matches("[A-Za-z0-9-]+") ? Optional.empty() : Optional.of(id);
    }
}
