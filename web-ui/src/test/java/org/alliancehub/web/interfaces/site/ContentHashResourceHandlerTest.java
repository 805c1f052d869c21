package org.alliancehub.web.interfaces.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ContentHashResourceHandlerTest {

    @Test
    void anUnversionedAddressGetsItsContentHash() {
        assertThat(ContentHashResourceHandler.withVersion("/jakarta.faces.resource/css/portal.css.xhtml", () -> "0123456789ab"))
                .isEqualTo("/jakarta.faces.resource/css/portal.css.xhtml?v=0123456789ab");
        assertThat(ContentHashResourceHandler.withVersion("/jakarta.faces.resource/site.css.xhtml?ln=portal", () -> "0123456789ab"))
                .isEqualTo("/jakarta.faces.resource/site.css.xhtml?ln=portal&v=0123456789ab");
    }

    @Test
    void aVersionedAddressStaysAsItIs() {
        String primefaces = "/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13";
        assertThat(ContentHashResourceHandler.withVersion(primefaces, () -> {
            throw new AssertionError("no hash needed");
        })).isEqualTo(primefaces);
    }

    @Test
    void theHashChangesWithTheContent() throws Exception {
        String one = ContentHashResourceHandler.contentHash(new ByteArrayInputStream("body { color: #222 }".getBytes(StandardCharsets.UTF_8)));
        String same = ContentHashResourceHandler.contentHash(new ByteArrayInputStream("body { color: #222 }".getBytes(StandardCharsets.UTF_8)));
        String other = ContentHashResourceHandler.contentHash(new ByteArrayInputStream("body { color: #111 }".getBytes(StandardCharsets.UTF_8)));
        assertThat(one).hasSize(12).matches("[0-9a-f]+").isEqualTo(same).isNotEqualTo(other);
    }
}
