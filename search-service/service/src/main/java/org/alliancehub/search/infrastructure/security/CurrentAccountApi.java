package org.alliancehub.search.infrastructure.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.search.application.CurrentAccounts.CurrentAccount;

/** The content service's answer to "who is this bearer now", as a typed MicroProfile REST Client. */
public interface CurrentAccountApi {

    @GET
    @Path("/api/auth/caller")
    @Produces(MediaType.APPLICATION_JSON)
    CurrentAccount current(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
