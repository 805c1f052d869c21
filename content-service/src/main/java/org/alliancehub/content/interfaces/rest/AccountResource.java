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
import org.alliancehub.content.application.AccountService;
import org.alliancehub.content.application.AccountService.AccountDetails;
import org.alliancehub.content.application.AccountView;
import org.alliancehub.domain.model.account.Account;
import org.alliancehub.problem.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Accounts, for admins. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource extends EditingResource {

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "Accounts, by username (admin); optionally by part of the username, role, organization, active")
    public ContentPage<AccountView> list(@QueryParam("username") String username, @QueryParam("role") String role,
                                            @QueryParam("organization") String organization, @QueryParam("active") String active,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        var filter = new org.alliancehub.domain.model.account.AccountRepository.Filter(Pages.searchText("username", username),
                QueryParameters.choice("role", role, org.alliancehub.domain.model.account.Role.class),
                Pages.searchText("organization", organization), QueryParameters.flag("active", active));
        return Pages.view(accounts.list(caller, filter, Pages.request(page, size)).map(AccountView::of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account (admin)")
    public Response get(@PathParam("id") String id) {
        return tagged(accounts.get(caller, id));
    }

    private static Response tagged(Account account) {
        return tagged(AccountView.of(account), account.version());
    }

    @POST
    @Operation(summary = "Create an account: partner (with organizations), curator or admin (admin)")
    public Response create(Requests.AccountRequest body) {
        Account account = accounts.create(caller, details(validated.check(body)));
        return created(account.id(), AccountView.of(account)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account; a password, when given, replaces the old one (admin)")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Requests.AccountRequest body) {
        return tagged(accounts.update(caller, id, details(validated.check(body)), IfMatch.version(ifMatch)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an account (admin)")
    public Response delete(@PathParam("id") String id) {
        accounts.delete(caller, id);
        return Response.noContent().build();
    }

    private static AccountDetails details(Requests.AccountRequest r) {
        return new AccountDetails(r.username, r.password, r.displayName, r.role, r.organizationIds, r.active);
    }
}
