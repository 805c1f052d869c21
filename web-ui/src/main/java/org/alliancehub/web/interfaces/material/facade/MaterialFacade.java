package org.alliancehub.web.interfaces.material.facade;

import java.util.Optional;

/** What the portal's material page may ask of the content service; answers are DTOs made for the page. */
public interface MaterialFacade {

    /**
     * The published material in the reader's language when it has that version (else its first);
     * empty when there is no such published material. {@link org.alliancehub.web.infrastructure.client.ServiceUnavailable} when the content
     * service cannot answer now.
     */
    Optional<MaterialPageDto> material(String id, String readerLanguage);
}
