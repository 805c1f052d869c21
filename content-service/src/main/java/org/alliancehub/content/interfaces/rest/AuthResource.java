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

import org.alliancehub.content.application.AccountService;
import org.alliancehub.content.application.TokenIssuer;
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

    @Context
    HttpServletRequest http;

    @POST
    @Path("token")
    @Operation(summary = "Sign in: a username and password give a signed token (Bearer) for the other calls")
    public JsonObject token(Requests.SignInRequest body) {
        Requests.SignInRequest request = validated.check(body);
        TokenIssuer.IssuedToken token = accounts.signIn(request.username, request.password, http.getRemoteAddr());
        return JSON.createObjectBuilder()
                .add("token", token.token())
                .add("tokenType", "Bearer")
                .add("expiresAt", token.expiresAt().toString())
                .build();
    }
}
