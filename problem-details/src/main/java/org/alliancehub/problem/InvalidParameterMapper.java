package org.alliancehub.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@link InvalidParameter}: 400 {@code invalid-input}, naming the parameter. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameter> {

    @Override
    public Response toResponse(InvalidParameter e) {
        return Problem.invalidField(e.parameter(), e.getMessage()).toResponse();
    }
}
