package org.alliancehub.web.infrastructure.client.workspace;

import java.util.List;

import jakarta.json.JsonObject;
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

import org.alliancehub.contracts.account.CurrentAccount;
import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.contracts.content.EventView;
import org.alliancehub.contracts.content.StaffReports;
import org.alliancehub.contracts.content.OrganizationView;
import org.alliancehub.contracts.content.TrainingView;

/**
 * The content service's API as a signed-in partner uses it, as a MicroProfile REST Client. Every
 * call names its bearer ({@code authorization}: "Bearer …"); writes name the version they change
 * ({@code ifMatch}: the quoted version the page was made from), so that a change made by someone
 * else meanwhile answers 409 instead of being overwritten.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface WorkspaceApi {

    String AUTHORIZATION = "Authorization";

    /** The reader's address as the portal received it, so that the service throttles guessing per reader. */
    @POST
    @Path("/api/auth/token")
    IssuedToken signIn(@HeaderParam("X-Forwarded-For") String clientAddress, JsonObject credentials);

    @GET
    @Path("/api/auth/caller")
    CurrentAccount caller(@HeaderParam(AUTHORIZATION) String authorization);

    @POST
    @Path("/api/auth/password")
    void changePassword(@HeaderParam(AUTHORIZATION) String authorization, @HeaderParam("X-Forwarded-For") String clientAddress,
                        JsonObject passwords);

    @GET
    @Path("/api/alliances")
    ContentPage<AllianceView> alliancesOf(@QueryParam("organization") String organization, @QueryParam("size") Integer size);

    @GET
    @Path("/api/alliances")
    ContentPage<AllianceView> alliances(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("agency") String agency,
                                        @QueryParam("status") String status, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size);

    @GET
    @Path("/api/alliances/{id}")
    AllianceView alliance(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id);

    /** {"name", "agency", "level", "regionOrOffice", "signedOn", "participantIds", "workerInvolvement", "coordinator", "signatories", "implementationTeam", "goals"}. */
    @POST
    @Path("/api/alliances")
    AllianceView createAlliance(@HeaderParam(AUTHORIZATION) String authorization, JsonObject alliance);

    @PUT
    @Path("/api/alliances/{id}")
    AllianceView updateAlliance(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                                @HeaderParam("If-Match") String ifMatch, JsonObject alliance);

    /** {"action": "renew"|"conclude"|"promote-to-ambassador", "years", "on"}. */
    @POST
    @Path("/api/alliances/{id}/terms")
    AllianceView recordTerm(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id, JsonObject term);

    @GET
    @Path("/api/emphasis-programs")
    ContentPage<EmphasisProgramView> programs(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("page") Integer page,
                                              @QueryParam("size") Integer size);

    @GET
    @Path("/api/emphasis-programs/{code}")
    EmphasisProgramView program(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("code") String code);

    /** {"code", "agency", "scope", "nameEnglish", "nameSpanish", "startsOn", "endsOn"}. */
    @POST
    @Path("/api/emphasis-programs")
    EmphasisProgramView createProgram(@HeaderParam(AUTHORIZATION) String authorization, JsonObject program);

    @PUT
    @Path("/api/emphasis-programs/{code}")
    EmphasisProgramView updateProgram(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("code") String code,
                                      @HeaderParam("If-Match") String ifMatch, JsonObject program);

    @GET
    @Path("/api/emphasis-programs/{code}/curation")
    ProgramCuration curation(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("code") String program);

    /** {@code curation}: {@code {"items":[{"kind","id","language","featured"}…]}}, the whole list in order. */
    @PUT
    @Path("/api/emphasis-programs/{code}/curation")
    ProgramCuration curate(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("code") String program,
                           @HeaderParam("If-Match") String ifMatch, JsonObject curation);

    @GET
    @Path("/api/materials")
    ContentPage<WorkspaceMaterial> materials(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("alliance") String alliance,
                                             @QueryParam("state") String states, @QueryParam("page") Integer page,
                                             @QueryParam("size") Integer size);

    @GET
    @Path("/api/materials/{id}")
    WorkspaceMaterial material(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id);

    @POST
    @Path("/api/materials")
    WorkspaceMaterial createMaterial(@HeaderParam(AUTHORIZATION) String authorization, JsonObject material);

    @PUT
    @Path("/api/materials/{id}")
    WorkspaceMaterial describeMaterial(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                                       @HeaderParam("If-Match") String ifMatch, JsonObject description);

    @PUT
    @Path("/api/materials/{id}/versions/{lang}")
    WorkspaceMaterial putVersion(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                                 @PathParam("lang") String language, @HeaderParam("If-Match") String ifMatch, JsonObject version);

    @DELETE
    @Path("/api/materials/{id}/versions/{lang}")
    WorkspaceMaterial removeVersion(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                                    @PathParam("lang") String language, @HeaderParam("If-Match") String ifMatch);

    @DELETE
    @Path("/api/materials/{id}")
    void deleteMaterial(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                        @HeaderParam("If-Match") String ifMatch);

    /** {@code step}: {"comment": "why"}. */
    /** A review step of staff: {@code review}, {@code publish}, {@code return} or {@code withdraw}, with {"comment": "why"}. */
    @POST
    @Path("/api/materials/{id}/{step}")
    WorkspaceMaterial reviewStep(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                                 @PathParam("step") String step, JsonObject comment);

    @POST
    @Path("/api/materials/{id}/submit")
    WorkspaceMaterial submit(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id, JsonObject step);

    @GET
    @Path("/api/materials/{id}/history")
    List<HistoryStep> materialHistory(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id);

    @GET
    @Path("/api/reports/translation-gaps")
    StaffReports.TranslationGaps translationGaps(@HeaderParam(AUTHORIZATION) String authorization);

    @GET
    @Path("/api/reports/annual-activity")
    StaffReports.AnnualActivity annualActivity(@HeaderParam(AUTHORIZATION) String authorization,
                                               @QueryParam("fiscalYear") Integer fiscalYear);

    @GET
    @Path("/api/reports/program-dashboard")
    StaffReports.ProgramDashboard programDashboard(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("from") String from,
                                                   @QueryParam("to") String to);

    @GET
    @Path("/api/vocabulary/{field}")
    Vocabulary vocabulary(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("field") String field,
                          @QueryParam("q") String typed, @QueryParam("limit") Integer limit);

    @GET
    @Path("/api/events")
    ContentPage<EventView> events(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("alliance") String alliance,
                                  @QueryParam("state") String state, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/api/events/{id}")
    EventView event(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id);

    @POST
    @Path("/api/events")
    EventView createEvent(@HeaderParam(AUTHORIZATION) String authorization, JsonObject event);

    @PUT
    @Path("/api/events/{id}")
    EventView updateEvent(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                          @HeaderParam("If-Match") String ifMatch, JsonObject event);

    @GET
    @Path("/api/trainings")
    ContentPage<TrainingView> trainings(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("alliance") String alliance,
                                        @QueryParam("state") String states, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size);

    @GET
    @Path("/api/trainings/{id}")
    TrainingView training(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id);

    @POST
    @Path("/api/trainings")
    TrainingView createTraining(@HeaderParam(AUTHORIZATION) String authorization, JsonObject training);

    @PUT
    @Path("/api/trainings/{id}")
    TrainingView updateTraining(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                                @HeaderParam("If-Match") String ifMatch, JsonObject training);

    @GET
    @Path("/api/events/{id}/history")
    List<HistoryStep> eventHistory(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id);

    @GET
    @Path("/api/trainings/{id}/history")
    List<HistoryStep> trainingHistory(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id);

    @GET
    @Path("/api/outreach-activities")
    ContentPage<OutreachActivity> outreach(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("alliance") String alliance,
                                           @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("/api/outreach-activities")
    OutreachActivity reportOutreach(@HeaderParam(AUTHORIZATION) String authorization, JsonObject activity);

    @PUT
    @Path("/api/outreach-activities/{id}")
    OutreachActivity updateOutreach(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                                    @HeaderParam("If-Match") String ifMatch, JsonObject activity);

    @DELETE
    @Path("/api/outreach-activities/{id}")
    void deleteOutreach(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                        @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/api/organizations")
    ContentPage<OrganizationView> organizations(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("name") String name,
                                                @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/api/organizations/{id}")
    OrganizationView organization(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id);

    /** {"name", "type", "website"}. */
    @POST
    @Path("/api/organizations")
    OrganizationView createOrganization(@HeaderParam(AUTHORIZATION) String authorization, JsonObject organization);

    @PUT
    @Path("/api/organizations/{id}")
    OrganizationView updateOrganization(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                                        @HeaderParam("If-Match") String ifMatch, JsonObject organization);

    @GET
    @Path("/api/accounts")
    ContentPage<StaffAccount> accounts(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size);

    /** {"username", "password", "displayName", "role", "organizationIds", "active"}. */
    @POST
    @Path("/api/accounts")
    StaffAccount createAccount(@HeaderParam(AUTHORIZATION) String authorization, JsonObject account);

    @PUT
    @Path("/api/accounts/{id}")
    StaffAccount updateAccount(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("id") String id,
                               @HeaderParam("If-Match") String ifMatch, JsonObject account);
}
