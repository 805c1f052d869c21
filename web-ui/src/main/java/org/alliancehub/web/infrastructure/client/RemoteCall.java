package org.alliancehub.web.infrastructure.client;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;

/**
 * One call of a service's REST client with a signed-in account's token: its answer, a
 * {@link WorkspaceRefusal} when the service refused (4xx, mapped by the client's problem reader), or
 * {@link ServiceUnavailable} when it could not answer.
 */
public final class RemoteCall {

    private RemoteCall() {
    }

    public static <T> T answer(String service, String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WorkspaceRefusal refusal) {
            throw refusal;
        } catch (WebApplicationException e) {
            throw new ServiceUnavailable("The " + service + " answered " + e.getResponse().getStatus() + " for " + what, e);
        } catch (ProcessingException e) {
            if (e.getCause() instanceof WorkspaceRefusal refusal) {
                throw refusal;
            }
            throw new ServiceUnavailable("The " + service + " could not be asked for " + what + ": " + e.getMessage(), e);
        }
    }
}
