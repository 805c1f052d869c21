package org.alliancehub.content.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.content.application.FileSweep;
import org.alliancehub.domain.model.account.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Stored files no version holds any more, deleted on an admin's request as well as on schedule. */
@Path("files/sweep")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FileSweepResource {

    @Inject
    FileSweep sweep;

    @Inject
    Caller caller;

    @POST
    @Operation(summary = "Delete stored files no language version holds, unreferenced for longer than the grace time (admin)")
    public FileSweep.Result sweep() {
        return sweep.sweep(caller);
    }
}
