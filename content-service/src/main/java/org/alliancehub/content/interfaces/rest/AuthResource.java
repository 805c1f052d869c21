package org.alliancehub.content.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.alliancehub.content.application.AccountService;
import org.alliancehub.content.application.TokenIssuer;
import org.alliancehub.content.infrastructure.network.ClientAddressResolver;
import org.alliancehub.domain.model.account.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** Looked up once: each Json.create… call would search the class path for a provider again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    AccountService accounts;

    @Inject
    ValidatedBody validated;

    @Inject
    ClientAddressResolver clientAddresses;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest http;

    @POST
    @Path("token")
    @Operation(summary = "Sign in: a username and password give a signed token (Bearer) for the other calls")
    public JsonObject token(Requests.SignInRequest body) {
        Requests.SignInRequest request = validated.check(body);
        TokenIssuer.IssuedToken token = accounts.signIn(request.username, request.password,
                clientAddresses.clientAddress(http));
        return JSON.createObjectBuilder()
                .add("token", token.token())
                .add("tokenType", "Bearer")
                .add("expiresAt", token.expiresAt().toString())
                .build();
    }

    @POST
    @Path("password")
    @Operation(summary = "The signed-in account changes its password (204); the current one is checked and throttled as signing in is; "
            + "every token issued before, this one too, stops counting")
    public Response changePassword(Requests.PasswordChangeRequest body) {
        // anonymous first: without an account there is nothing to validate the body for
        if (caller.isAnonymous()) {
            throw new Caller.NotAuthenticated();
        }
        Requests.PasswordChangeRequest request = validated.check(body);
        accounts.changePassword(caller, request.currentPassword, request.newPassword, clientAddresses.clientAddress(http));
        return Response.noContent().build();
    }
}
