package org.alliancehub.content.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.alliancehub.domain.model.account.Caller;

/**
 * What the resources partners and staff edit through share: who calls, the check of the body, the
 * request's address for a new item's location, and the version as ETag (the next If-Match names it).
 * Class-level JAX-RS annotations are not inherited, so each resource keeps its own.
 */
public abstract class EditingResource {

    @Inject
    Caller caller;

    @Inject
    ValidatedBody validated;

    @Context
    UriInfo uriInfo;

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the view, tagged with its version. */
    static Response tagged(Object view, long version) {
        return Response.ok(view).tag(etag(version)).build();
    }

    /** 201 at the new item's address below the requested one, with its view. */
    Response.ResponseBuilder created(String id, Object view) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(id).build()).entity(view);
    }
}
