package org.alliancehub.contracts.tracing;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/** Passes the current {@link RequestId} on with a call to another service (register it on the REST client). */
public class RequestIdForwarding implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (!request.getHeaders().containsKey(RequestId.HEADER)) {
            RequestId.current().ifPresent(id -> request.getHeaders().putSingle(RequestId.HEADER, id));
        }
    }
}
