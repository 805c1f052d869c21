package org.alliancehub.content.interfaces.rest;


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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.content.application.EmphasisProgramService;
import org.alliancehub.content.application.EmphasisProgramService.ProgramDetails;
import org.alliancehub.content.application.ProgramCurationView;
import org.alliancehub.content.application.PublicViews;
import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.domain.model.program.EmphasisProgram;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("emphasis-programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmphasisProgramResource extends EditingResource {

    @Inject
    EmphasisProgramService programs;

    @GET
    @Operation(summary = "Emphasis programs, by agency and code, named in English and Spanish")
    public ContentPage<EmphasisProgramView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return Pages.view(programs.list(Pages.request(page, size)).map(PublicViews::program));
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        return tagged(programs.get(code));
    }

    private static Response tagged(EmphasisProgram program) {
        return tagged(PublicViews.program(program), program.version());
    }

    @POST
    @Operation(summary = "Record an emphasis program (curator)")
    public Response create(Requests.ProgramRequest body) {
        Requests.ProgramRequest r = validated.check(body);
        EmphasisProgram program = programs.create(caller, details(r));
        return created(program.code(), PublicViews.program(program)).build();
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Delete an emphasis program nothing supports (curator); 409 while anything still refers to it")
    public Response delete(@PathParam("code") String code) {
        programs.delete(caller, code);
        return Response.noContent().build();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Change an emphasis program (curator); If-Match honoured")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, Requests.ProgramRequest body) {
        return tagged(programs.update(caller, code, details(validated.check(body)), IfMatch.version(ifMatch)));
    }

    @GET
    @Path("{code}/curation")
    @Operation(summary = "The program's curated list with each item's state, and the public items that could join it (curator)")
    public Response curation(@PathParam("code") String code) {
        ProgramCurationView view = programs.curation(caller, code);
        return tagged(view, view.version());
    }

    @PUT
    @Path("{code}/curation")
    @Operation(summary = "Replace the program's curated list, in order, featured items leading (curator); If-Match honoured")
    public Response curate(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, Requests.CurationRequest body) {
        ProgramCurationView view = programs.curate(caller, code, validated.check(body).items(), IfMatch.version(ifMatch));
        return tagged(view, view.version());
    }

    private static ProgramDetails details(Requests.ProgramRequest r) {
        return new ProgramDetails(r.code, r.agency, r.scope, r.nameEnglish, r.nameSpanish, r.startsOn, r.endsOn);
    }
}
