package org.alliancehub.search.application;

/** Whether the search engine answers, for readiness: asked often, so it must answer fast. */
public interface SearchEngineHealth {

    /** Whether the engine answers now. */
    boolean isAvailable();
}
