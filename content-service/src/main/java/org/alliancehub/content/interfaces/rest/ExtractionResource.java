package org.alliancehub.content.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.content.application.ExtractionQueue;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The text-extraction backlog of this instance, for agency staff watching a large upload. */
@Path("extractions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExtractionResource {

    @Inject
    ExtractionQueue queue;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Files waiting for and undergoing text extraction on this instance, and results recorded since it started (curator, admin)")
    public ExtractionQueue.Status status() {
        caller.require(Role.CURATOR, Role.ADMIN);
        return queue.status();
    }
}
