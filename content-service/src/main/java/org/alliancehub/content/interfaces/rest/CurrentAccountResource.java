package org.alliancehub.content.interfaces.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.contracts.account.CurrentAccount;
import org.alliancehub.domain.model.account.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The bearer's account as it is now, not as the token says: other services (search) ask here, so a
 * deactivated, demoted or deleted account loses its rights everywhere, not only where the token
 * was issued. The caller is read from the database on every request (CallerProducer); an account
 * that is deactivated or gone is anonymous, hence 401.
 */
@Path("auth/caller")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CurrentAccountResource {

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The bearer's account as it is now: username, active, roles; 401 when it is deactivated or deleted")
    public CurrentAccount current() {
        if (caller.isAnonymous()) {
            throw new Caller.NotAuthenticated();
        }
        // roles are the token claim names (admin); active is always true in a 200
        return CurrentAccount.of(caller.username(), List.of(caller.role().claim()), List.copyOf(new java.util.TreeSet<>(caller.organizationIds())));
    }
}
