package org.alliancehub.web.interfaces.exit.facade;

import java.util.Optional;

/** Reads the link an exit reference names from the content service. */
public interface ExitFacade {

    /**
     * The stored link; empty when there is none: unknown or unpublished item, no such link, or one that
     * is not an http or https address. {@link org.alliancehub.web.infrastructure.client.ServiceUnavailable} when the content service cannot answer now.
     */
    Optional<ExitDestinationDto> destination(ExitReference reference);
}
