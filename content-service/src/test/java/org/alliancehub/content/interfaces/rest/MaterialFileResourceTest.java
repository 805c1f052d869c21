package org.alliancehub.content.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** File names in and out: what the multipart reader hands over, and what a download is called. */
class MaterialFileResourceTest {

    /** What Jersey's multipart reader makes of a name sent as UTF-8: its bytes read as ISO-8859-1. */
    private static String asJerseyReadsIt(String sent) {
        return new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aUtf8NameReadAsLatin1IsDecodedAgain() {
        assertThat(asJerseyReadsIt("guía de caídas.pdf")).isNotEqualTo("guía de caídas.pdf");
        assertThat(MaterialFileResource.uploadedName(asJerseyReadsIt("guía de caídas.pdf"))).isEqualTo("guía de caídas.pdf");
        assertThat(MaterialFileResource.uploadedName(asJerseyReadsIt("安全手册.pdf"))).isEqualTo("安全手册.pdf");
        assertThat(MaterialFileResource.uploadedName(asJerseyReadsIt("Überflieger—sécurité.docx"))).isEqualTo("Überflieger—sécurité.docx");
    }

    @Test
    void otherNamesStayAsRead() {
        assertThat(MaterialFileResource.uploadedName("falls.pdf")).isEqualTo("falls.pdf");
        // ISO-8859-1 bytes that are not UTF-8: a client that really sent Latin-1
        assertThat(MaterialFileResource.uploadedName("caída.pdf")).isEqualTo("caída.pdf");
        // already decoded (no character fits in one byte)
        assertThat(MaterialFileResource.uploadedName("安全.pdf")).isEqualTo("安全.pdf");
    }

    @Test
    void anRfc5987NameIsDecoded() {
        assertThat(MaterialFileResource.uploadedName("UTF-8''gu%C3%ADa%20de%20ca%C3%ADdas.pdf")).isEqualTo("guía de caídas.pdf");
        assertThat(MaterialFileResource.uploadedName("utf-8'es'a+b.pdf")).isEqualTo("a+b.pdf");
    }

    @Test
    void aDownloadCarriesAnAsciiFallbackAndTheUtf8Name() {
        assertThat(MaterialFileResource.contentDisposition("guía de caídas.pdf"))
                .isEqualTo("attachment; filename=\"guia de caidas.pdf\"; filename*=UTF-8''gu%C3%ADa%20de%20ca%C3%ADdas.pdf");
        assertThat(MaterialFileResource.contentDisposition("falls (1).pdf"))
                .isEqualTo("attachment; filename=\"falls (1).pdf\"; filename*=UTF-8''falls%20%281%29.pdf");
        assertThat(MaterialFileResource.contentDisposition("安全.pdf"))
                .isEqualTo("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E5%AE%89%E5%85%A8.pdf");
    }
}
