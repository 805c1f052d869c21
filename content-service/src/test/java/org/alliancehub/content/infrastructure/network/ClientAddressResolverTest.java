package org.alliancehub.content.infrastructure.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which address the sign-in throttle counts a request under, behind trusted proxies or none. */
class ClientAddressResolverTest {

    private static List<String> forwarded(String... headers) {
        return List.of(headers);
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddressResolver resolver = ClientAddressResolver.trusting("");
        assertThat(resolver.clientAddress("203.0.113.7", forwarded("198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("198.51.100.1"))).isEqualTo("127.0.0.1");
        assertThat(ClientAddressResolver.trusting(null).clientAddress("203.0.113.7", List.of())).isEqualTo("203.0.113.7");
    }

    @Test
    void aPeerThatIsNoTrustedProxyCannotChooseItsAddress() {
        ClientAddressResolver resolver = ClientAddressResolver.trusting("127.0.0.1,::1");
        assertThat(resolver.clientAddress("203.0.113.7", forwarded("127.0.0.1"))).as("spoofed as the proxy").isEqualTo("203.0.113.7");
        assertThat(resolver.clientAddress("203.0.113.7", forwarded("198.51.100.1, 198.51.100.2"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItAppended() {
        ClientAddressResolver resolver = ClientAddressResolver.trusting("127.0.0.1, ::1");
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(resolver.clientAddress("127.0.0.1", List.of())).as("a request of the proxy itself").isEqualTo("127.0.0.1");
        // what the client wrote to the left of what the proxy appended is ignored
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("10.9.9.9, 203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("127.0.0.1, 203.0.113.7")))
                .as("a client claiming to be the proxy").isEqualTo("203.0.113.7");
    }

    @Test
    void chainsOfTrustedProxiesAreWalkedFromTheRight() {
        ClientAddressResolver resolver = ClientAddressResolver.trusting("127.0.0.1,10.0.0.0/8");
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("198.51.100.1, 203.0.113.7, 10.1.2.3"))).isEqualTo("203.0.113.7");
        // several headers are one list, in order
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("198.51.100.1, 203.0.113.7", "10.1.2.3"))).isEqualTo("203.0.113.7");
        // every hop trusted: the farthest one
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("10.0.0.5, 10.1.2.3"))).isEqualTo("10.0.0.5");
        // ports some proxies write are not part of the address
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("203.0.113.7:51234"))).isEqualTo("203.0.113.7");
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("[2001:db8::7]:51234"))).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void garbageInTheHeaderStopsAtTheLastTrustedHop() {
        ClientAddressResolver resolver = ClientAddressResolver.trusting("127.0.0.1,10.0.0.0/8");
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("unknown"))).isEqualTo("127.0.0.1");
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("203.0.113.7, evil.example.org, 10.1.2.3"))).isEqualTo("10.1.2.3");
        assertThat(resolver.clientAddress("127.0.0.1", forwarded("999.1.1.1"))).isEqualTo("127.0.0.1");
        assertThat(resolver.clientAddress("127.0.0.1", forwarded(" , ,"))).isEqualTo("127.0.0.1");
    }

    @Test
    void ipv6AddressesAndRangesAreMatchedInAnySpelling() {
        ClientAddressResolver resolver = ClientAddressResolver.trusting("::1, fd00::/8");
        assertThat(resolver.clientAddress("0:0:0:0:0:0:0:1", forwarded("2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(resolver.clientAddress("::1", forwarded("2001:DB8:0::7, fd12:3456::1"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(resolver.clientAddress("fe00::1", forwarded("2001:db8::7"))).as("outside fd00::/8").isEqualTo("fe00:0:0:0:0:0:0:1");
        // an IPv4 range does not take IPv6 addresses, and the other way round
        assertThat(ClientAddressResolver.trusting("0.0.0.0/0").clientAddress("::1", forwarded("203.0.113.7")))
                .isEqualTo("0:0:0:0:0:0:0:1");
        // an IPv4-mapped IPv6 peer is the IPv4 address
        assertThat(ClientAddressResolver.trusting("127.0.0.1").clientAddress("::ffff:127.0.0.1", forwarded("203.0.113.7")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void cidrRangesCoverExactlyTheirPrefix() {
        ClientAddressResolver resolver = ClientAddressResolver.trusting("192.168.4.0/22");
        assertThat(resolver.clientAddress("192.168.7.255", forwarded("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(resolver.clientAddress("192.168.4.0", forwarded("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(resolver.clientAddress("192.168.8.1", forwarded("203.0.113.7"))).isEqualTo("192.168.8.1");
        assertThat(resolver.clientAddress("192.168.3.255", forwarded("203.0.113.7"))).isEqualTo("192.168.3.255");
        assertThat(ClientAddressResolver.trusting("10.0.0.0/0").clientAddress("8.8.8.8", forwarded("203.0.113.7")))
                .as("/0 is every IPv4 address").isEqualTo("203.0.113.7");
    }

    @Test
    void aSettingThatIsNoListOfAddressesIsRefused() {
        assertThatThrownBy(() -> ClientAddressResolver.trusting("proxy.internal")).hasMessageContaining("'proxy.internal' is not an IP address");
        assertThatThrownBy(() -> ClientAddressResolver.trusting("10.0.0.0/33")).hasMessageContaining("prefix length");
        assertThatThrownBy(() -> ClientAddressResolver.trusting("::1/129")).hasMessageContaining("0 to 128");
        assertThatThrownBy(() -> ClientAddressResolver.trusting("300.1.1.1")).hasMessageContaining("not an IP address");
        assertThat(ClientAddressResolver.trusting(" 127.0.0.1 , ,::1 ").clientAddress("::1", forwarded("203.0.113.7")))
                .isEqualTo("203.0.113.7");
    }
}
