package org.alliancehub.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void thePeerIsAppendedToWhatEarlierProxiesWrote() {
        assertThat(ClientAddress.forwardedChain(null, "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.forwardedChain("198.51.100.1", "10.0.0.2")).isEqualTo("198.51.100.1, 10.0.0.2");
    }

    @Test
    void whatIsNoAddressIsDroppedAndAFloodIsCut() {
        assertThat(ClientAddress.forwardedChain("x\r\nSet-Cookie: a", "10.0.0.2")).doesNotContain("\r", "\n", "Set").endsWith(", 10.0.0.2");
        String flood = "1.1.1.1, ".repeat(200) + "2.2.2.2";
        assertThat(ClientAddress.forwardedChain(flood, "10.0.0.2")).endsWith("2.2.2.2, 10.0.0.2").hasSizeLessThan(520);
    }
}
