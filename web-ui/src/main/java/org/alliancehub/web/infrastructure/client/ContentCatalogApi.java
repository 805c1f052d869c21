package org.alliancehub.web.infrastructure.client;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The content service's public listings (alliances, emphasis programs, events, trainings) as a
 * MicroProfile REST Client. They answer JSON-P here because their views have no record in the
 * contracts module yet; {@link ContentCatalogClient} is the one place that reads them, so the
 * answers can become contract records without any caller changing.
 */
public interface ContentCatalogApi {

    /** A page {@code {items, page, size, total}} of alliances, by name. */
    @GET
    @Path("/api/alliances")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject alliances(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/alliances/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject alliance(@PathParam("id") String id);

    /** A page of emphasis programs, by agency and code. */
    @GET
    @Path("/api/emphasis-programs")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject programs(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/emphasis-programs/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject program(@PathParam("code") String code);

    /** A page of published events not over yet, soonest first. */
    @GET
    @Path("/api/events")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject events(@QueryParam("page") int page, @QueryParam("size") int size);

    /** A page of published trainings, by title. */
    @GET
    @Path("/api/trainings")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject trainings(@QueryParam("page") int page, @QueryParam("size") int size);
}
