package org.alliancehub.contracts.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @AfterEach
    void leave() {
        RequestId.leave();
    }

    @Test
    void aWellFormedIdFromTheProxyIsKept() {
        assertThat(RequestId.acceptedOrNew("3f2b8c1d9e0a4b5c6d7e8f9a0b1c2d3e")).isEqualTo("3f2b8c1d9e0a4b5c6d7e8f9a0b1c2d3e");
        assertThat(RequestId.acceptedOrNew("proxy-7f3a.42:1")).isEqualTo("proxy-7f3a.42:1");
    }

    @Test
    void anythingElseIsReplacedByAFreshId() {
        for (String given : new String[] {null, "", "a".repeat(65), "two words", "<script>", "id\r\nSet-Cookie: x=1", "ñandú"}) {
            String id = RequestId.acceptedOrNew(given);
            assertThat(id).as(String.valueOf(given)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
        assertThat(RequestId.acceptedOrNew(null)).isNotEqualTo(RequestId.acceptedOrNew(null));
    }

    @Test
    void aCallToAnotherServiceCarriesTheCurrentIdUnlessItNamesOneItself() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ClientRequestContext call = (ClientRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ClientRequestContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaders")) {
                        return headers;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        new RequestIdForwarding().filter(call);
        assertThat(headers).doesNotContainKey(RequestId.HEADER);

        RequestId.enter("reader-1");
        new RequestIdForwarding().filter(call);
        assertThat(headers.getFirst(RequestId.HEADER)).isEqualTo("reader-1");

        headers.putSingle(RequestId.HEADER, "explicit");
        new RequestIdForwarding().filter(call);
        assertThat(headers.getFirst(RequestId.HEADER)).isEqualTo("explicit");
    }
}
