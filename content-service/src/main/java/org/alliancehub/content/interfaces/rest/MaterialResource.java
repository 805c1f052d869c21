package org.alliancehub.content.interfaces.rest;

import java.util.List;

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
import org.alliancehub.content.application.MaterialService;
import org.alliancehub.content.application.MaterialService.NewVersion;
import org.alliancehub.content.application.MaterialService.Transition;
import org.alliancehub.content.application.MaterialView;
import org.alliancehub.content.application.PublicDocuments;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialState;
import org.alliancehub.domain.model.material.VersionContent;
import org.alliancehub.problem.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("materials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaterialResource extends EditingResource {

    @Inject
    MaterialService materials;

    @GET
    @Operation(summary = "Published materials, most recently changed first; filter by alliance, type, topic, language, emphasis program. "
            + "With state (e.g. state=DRAFT or state=SUBMITTED,IN_REVIEW): the caller's work list, the materials in those states of "
            + "the alliances a partner acts for, or of all alliances for staff")
    public ContentPage<?> list(@QueryParam("alliance") String alliance, @QueryParam("type") String type,
                                             @QueryParam("topic") String topic, @QueryParam("language") String language,
                                             @QueryParam("program") String program, @QueryParam("state") java.util.List<String> state,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        var materialType = QueryParameters.choice("type", type, org.alliancehub.domain.model.material.MaterialType.class);
        var filter = new org.alliancehub.domain.model.material.MaterialRepository.Filter(blankToNull(alliance), materialType,
                blankToNull(topic), blankToNull(language), blankToNull(program));
        java.util.Set<MaterialState> states = states(state);
        if (states.isEmpty()) {
            return Pages.view(materials.listPublished(filter, Pages.request(page, size)).map(PublicDocuments::publicMaterial));
        }
        return Pages.view(materials.listForWork(caller, states, filter, Pages.request(page, size)).map(MaterialView::of));
    }

    /** {@code state=A,B} or {@code state=A&state=B}. */
    private static java.util.Set<MaterialState> states(java.util.List<String> values) {
        java.util.Set<MaterialState> states = java.util.EnumSet.noneOf(MaterialState.class);
        for (String value : values == null ? java.util.List.<String>of() : values) {
            for (String one : value.split(",")) {
                MaterialState parsed = QueryParameters.choice("state", one, MaterialState.class);
                if (parsed != null) {
                    states.add(parsed);
                }
            }
        }
        return states;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One material with its language versions: public when published, otherwise for its partners and staff")
    public Response get(@PathParam("id") String id) {
        return withTag(materials.get(caller, id));
    }

    @POST
    @Operation(summary = "Create a draft material, optionally with its first language versions")
    public Response create(Requests.MaterialRequest body) {
        Requests.MaterialRequest request = validated.check(body);
        List<NewVersion> versions = request.versions == null ? List.of() : request.versions.stream()
                .map(v -> new NewVersion(LanguageCode.of(v.language),
                        new VersionContent(v.title, v.summary, v.externalLink)))
                .toList();
        Material material = materials.create(caller, new MaterialService.NewMaterial(request.allianceId, request.type,
                request.publicationNumber, request.publicationDate, request.topics, request.industries, request.audiences,
                request.emphasisPrograms, versions));
        return created(material.id(), MaterialView.of(material)).tag(etag(material.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft's metadata: type, publication number and date, topics, industries, audiences "
            + "(partner of the alliance, curator); If-Match honoured; a material that is no draft is 409")
    public Response editMetadata(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                 Requests.MaterialMetadataRequest body) {
        Requests.MaterialMetadataRequest request = validated.check(body);
        return withTag(materials.editMetadata(caller, id, new MaterialService.Metadata(request.type, request.publicationNumber,
                request.publicationDate, request.topics, request.industries, request.audiences), IfMatch.version(ifMatch)));
    }

    @PUT
    @Path("{id}/versions/{lang}")
    @Operation(summary = "Add or replace the language version of a draft material")
    public Response putVersion(@PathParam("id") String id, @PathParam("lang") String language,
                               @HeaderParam("If-Match") String ifMatch, Requests.VersionRequest body) {
        Requests.VersionRequest request = validated.check(body);
        return withTag(materials.putVersion(caller, id, new NewVersion(LanguageCode.of(language),
                new VersionContent(request.title, request.summary, request.externalLink)), IfMatch.version(ifMatch)));
    }

    @DELETE
    @Path("{id}/versions/{lang}")
    @Operation(summary = "Remove a language version of a draft material (partner of the alliance, curator); If-Match honoured")
    public Response removeVersion(@PathParam("id") String id, @PathParam("lang") String language,
                                  @HeaderParam("If-Match") String ifMatch) {
        return withTag(materials.removeVersion(caller, id, LanguageCode.of(language), IfMatch.version(ifMatch)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft that was never published (partner of the alliance, curator); a published material is withdrawn instead")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        materials.delete(caller, id, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Partner submits the draft for agency review")
    public Response submit(@PathParam("id") String id, String body) {
        return withTag(materials.transition(caller, id, Transition.SUBMIT, StepComment.of(body)));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Agency staff take the submitted material into review")
    public Response review(@PathParam("id") String id, String body) {
        return withTag(materials.transition(caller, id, Transition.REVIEW, StepComment.of(body)));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Agency staff return the material to the partner as a draft")
    public Response returnToPartner(@PathParam("id") String id, String body) {
        return withTag(materials.transition(caller, id, Transition.RETURN, StepComment.of(body)));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Agency staff publish the reviewed material")
    public Response publish(@PathParam("id") String id, String body) {
        return withTag(materials.transition(caller, id, Transition.PUBLISH, StepComment.of(body)));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Agency staff withdraw an outdated material from the public")
    public Response withdraw(@PathParam("id") String id, String body) {
        return withTag(materials.transition(caller, id, Transition.WITHDRAW, StepComment.of(body)));
    }

    @PUT
    @Path("{id}/emphasis-programs")
    @Operation(summary = "Link the material to the emphasis programs it supports, in any state (curator)")
    public Response emphasisPrograms(@PathParam("id") String id, Requests.ProgramLinksRequest body) {
        return withTag(materials.supportPrograms(caller, id, validated.check(body).codes));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every lifecycle step of the material: from, to, who, when, comment (its partners and staff)")
    public java.util.List<org.alliancehub.content.application.HistoryEntry> history(@PathParam("id") String id) {
        return materials.history(caller, id);
    }

    /** The material as this caller may see it (the audience rule is MaterialView's), with its ETag. */
    private Response withTag(Material material) {
        return tagged(MaterialView.forCaller(material, caller), material.version());
    }
}
