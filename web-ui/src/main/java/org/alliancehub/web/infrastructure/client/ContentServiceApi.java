package org.alliancehub.web.infrastructure.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.contracts.content.EventView;
import org.alliancehub.contracts.content.OrganizationView;
import org.alliancehub.contracts.content.PublicMaterial;
import org.alliancehub.contracts.content.TrainingView;

/**
 * The content service's public API, as a MicroProfile REST Client answering the contracts module's
 * records. Everything here answers without an account; a null parameter is left out.
 */
public interface ContentServiceApi {

    /** A published material as anyone may see it; 404 when it is unknown, withdrawn or not yet published. */
    @GET
    @Path("/api/materials/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    PublicMaterial material(@PathParam("id") String id);

    /** Alliances by name; agency OSHA or MSHA, level NATIONAL or REGIONAL, status ACTIVE or CONCLUDED. */
    @GET
    @Path("/api/alliances")
    @Produces(MediaType.APPLICATION_JSON)
    ContentPage<AllianceView> alliances(@QueryParam("agency") String agency, @QueryParam("level") String level,
                                        @QueryParam("status") String status, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size);

    /** One alliance; 404 when unknown. */
    @GET
    @Path("/api/alliances/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    AllianceView alliance(@PathParam("id") String id);

    @GET
    @Path("/api/emphasis-programs")
    @Produces(MediaType.APPLICATION_JSON)
    ContentPage<EmphasisProgramView> programs(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** A published event (anonymous callers see no other); 404 when it is unknown, withdrawn or a draft. */
    @GET
    @Path("/api/events/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    EventView event(@PathParam("id") String id);

    /** A published training (anonymous callers see no other); 404 when it is unknown, withdrawn or a draft. */
    @GET
    @Path("/api/trainings/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    TrainingView training(@PathParam("id") String id);

    /** A participant organization, with its website; 404 when it is unknown. */
    @GET
    @Path("/api/organizations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    OrganizationView organization(@PathParam("id") String id);

    @GET
    @Path("/api/emphasis-programs/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    EmphasisProgramView program(@PathParam("code") String code);

    /** Published events not yet over, soonest first. */
    @GET
    @Path("/api/events")
    @Produces(MediaType.APPLICATION_JSON)
    ContentPage<EventView> events(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** Published trainings, by title. */
    @GET
    @Path("/api/trainings")
    @Produces(MediaType.APPLICATION_JSON)
    ContentPage<TrainingView> trainings(@QueryParam("page") Integer page, @QueryParam("size") Integer size);
}
