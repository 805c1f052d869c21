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

    /**
     * The same, showing the version in {@code version} (a BCP 47 tag) when the material has it: the
     * address of a version in a language the portal's pages are not written in (pt-BR, zh-Hant…).
     */
    Optional<MaterialPageDto> material(String id, String readerLanguage, String version);
}
