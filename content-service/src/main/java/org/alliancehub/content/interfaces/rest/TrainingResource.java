package org.alliancehub.content.interfaces.rest;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.alliancehub.content.application.ActivityService;
import org.alliancehub.content.application.ActivityViews.TrainingView;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.activity.TrainingProgram;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("trainings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    @Inject
    ActivityService activities;

    @Inject
    Caller caller;

    @Inject
    ValidatedBody validated;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Published training programs by title; filter by alliance and language. With state (DRAFT, PUBLISHED, "
            + "WITHDRAWN): the caller's work list, of the alliances a partner acts for (staff: all)")
    public Pages.PageView<TrainingView> list(@QueryParam("alliance") String alliance, @QueryParam("language") String language,
                                             @QueryParam("state") String state,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        PublicationState inState = EnumParameter.of("state", state, PublicationState.class);
        if (inState != null) {
            return Pages.view(activities.trainingsForWork(caller, inState, alliance, language, Pages.request(page, size)).map(TrainingView::of));
        }
        return Pages.view(activities.publishedTrainings(alliance, language, Pages.request(page, size)).map(TrainingView::of));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withTag(activities.training(caller, id));
    }

    @POST
    @Operation(summary = "Draft a training program (partner of the alliance, curator)")
    public Response create(Requests.TrainingRequest body) {
        Requests.TrainingRequest r = validated.check(body);
        TrainingProgram training = activities.createTraining(caller, r.allianceId, r.details(), r.emphasisPrograms);
        URI location = uriInfo.getAbsolutePathBuilder().path(training.id()).build();
        return Response.created(location).entity(TrainingView.of(training)).tag(new EntityTag(Long.toString(training.version()))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft training program (partner of the alliance, curator); If-Match honoured")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Requests.TrainingRequest body) {
        Requests.TrainingRequest r = validated.check(body);
        return withTag(activities.updateTraining(caller, id, r.details(), r.emphasisPrograms, IfMatch.version(ifMatch)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft training program (partner of the alliance, curator); a published one is withdrawn instead")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        activities.deleteTraining(caller, id, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a training program (curator)")
    public Response publish(@PathParam("id") String id, String body) {
        return withTag(activities.stepTraining(caller, id, ActivityService.Step.PUBLISH, StepComment.of(body)));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a published training program (curator)")
    public Response withdraw(@PathParam("id") String id, String body) {
        return withTag(activities.stepTraining(caller, id, ActivityService.Step.WITHDRAW, StepComment.of(body)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every publication step of the training program: from, to, who, when, comment (its partners and staff)")
    public java.util.List<org.alliancehub.content.application.HistoryEntry> history(@PathParam("id") String id) {
        return activities.trainingHistory(caller, id);
    }

    private static Response withTag(TrainingProgram training) {
        return Response.ok(TrainingView.of(training)).tag(new EntityTag(Long.toString(training.version()))).build();
    }
}
