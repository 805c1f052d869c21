package org.alliancehub.content.interfaces.rest;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.content.application.ActivityCatalog;
import org.alliancehub.content.application.HistoryEntry;
import org.alliancehub.domain.model.activity.Activity;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.problem.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The endpoints trainings and events share, below {@code /trainings/{id}} and {@code /events/{id}}.
 * Creating, changing and listing stay in each subclass: their bodies and filters differ.
 */
public abstract class ActivityResource<A extends Activity<D>, D> extends EditingResource {

    abstract ActivityCatalog<A, D> catalog();

    /** The public view of one activity. */
    abstract Object view(A activity);

    Response tagged(A activity) {
        return tagged(view(activity), activity.version());
    }

    Response created(A activity) {
        return created(activity.id(), view(activity)).tag(etag(activity.version())).build();
    }

    /** The caller's work list when a state is asked for; without one the public list answers. */
    <V> Optional<ContentPage<V>> workList(String state, String alliance, String language, String page, String size,
                                             Function<A, V> view) {
        return Optional.ofNullable(QueryParameters.choice("state", state, PublicationState.class))
                .map(inState -> Pages.view(catalog().forWork(caller, inState, alliance, language, Pages.request(page, size)).map(view)));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return tagged(catalog().get(caller, id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft training or event (partner of the alliance, curator); a published one is withdrawn instead")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        catalog().delete(caller, id, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a training or event (curator)")
    public Response publish(@PathParam("id") String id, String body) {
        return tagged(catalog().step(caller, id, ActivityCatalog.Step.PUBLISH, StepComment.of(body)));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a published training or event (curator)")
    public Response withdraw(@PathParam("id") String id, String body) {
        return tagged(catalog().step(caller, id, ActivityCatalog.Step.WITHDRAW, StepComment.of(body)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every publication step of the training or event: from, to, who, when, comment (its partners and staff)")
    public List<HistoryEntry> history(@PathParam("id") String id) {
        return catalog().history(caller, id);
    }
}
