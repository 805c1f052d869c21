package org.alliancehub.content.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.content.application.PublicViews;
import org.alliancehub.content.application.TrainingCatalog;
import org.alliancehub.contracts.content.TrainingView;
import org.alliancehub.domain.model.activity.TrainingProgram;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("trainings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource extends ActivityResource<TrainingProgram, TrainingProgram.Details> {

    @Inject
    TrainingCatalog trainings;

    @Override
    TrainingCatalog catalog() {
        return trainings;
    }

    @Override
    Object view(TrainingProgram training) {
        return PublicViews.training(training);
    }

    @GET
    @Operation(summary = "Published training programs by title; filter by alliance and language. With state (DRAFT, PUBLISHED, "
            + "WITHDRAWN): the caller's work list, of the alliances a partner acts for (staff: all)")
    public ContentPage<TrainingView> list(@QueryParam("alliance") String alliance, @QueryParam("language") String language,
                                             @QueryParam("state") String state,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        return workList(state, alliance, language, page, size, PublicViews::training)
                .orElseGet(() -> Pages.view(trainings.published(alliance, language, Pages.request(page, size)).map(PublicViews::training)));
    }

    @POST
    @Operation(summary = "Draft a training program (partner of the alliance, curator)")
    public Response create(Requests.TrainingRequest body) {
        Requests.TrainingRequest r = validated.check(body);
        return created(trainings.create(caller, r.allianceId, r.details(), r.emphasisPrograms));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft training program (partner of the alliance, curator); If-Match honoured")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Requests.TrainingRequest body) {
        Requests.TrainingRequest r = validated.check(body);
        return tagged(trainings.update(caller, id, r.details(), r.emphasisPrograms, IfMatch.version(ifMatch)));
    }
}
