package org.alliancehub.search.infrastructure.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.contracts.account.CurrentAccount;

/** The content service's answer to "who is this bearer now", as a MicroProfile REST Client reading the contract record. */
public interface CurrentAccountApi {

    @GET
    @Path("/api/auth/caller")
    @Produces(MediaType.APPLICATION_JSON)
    CurrentAccount current(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
