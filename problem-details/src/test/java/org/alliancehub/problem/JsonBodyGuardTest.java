package org.alliancehub.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;


import org.junit.jupiter.api.Test;

class JsonBodyGuardTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int statusOf(Runnable check) {
        try {
            check.run();
            return 200;
        } catch (JsonBodyGuard.Refused e) {
            return e.status;
        }
    }

    @Test
    void oneJsonValueWithSpaceAroundPasses() {
        assertThatCode(() -> JsonBodyGuard.requireOneValue(utf8(" {\"a\": [1, {\"b\": \"caída\"}]}\n"))).doesNotThrowAnyException();
        assertThatCode(() -> JsonBodyGuard.requireOneValue(utf8("[]"))).doesNotThrowAnyException();
        assertThatCode(() -> JsonBodyGuard.requireOneValue(utf8(""))).doesNotThrowAnyException();
    }

    @Test
    void anythingAfterTheValueIsMalformed() {
        assertThat(statusOf(() -> JsonBodyGuard.requireOneValue(utf8("{\"username\":\"admin\"} garbage")))).isEqualTo(400);
        assertThat(statusOf(() -> JsonBodyGuard.requireOneValue(utf8("{\"a\":1}{\"a\":2}")))).isEqualTo(400);
        assertThat(statusOf(() -> JsonBodyGuard.requireOneValue(utf8("[1,2]]")))).isEqualTo(400);
        assertThat(statusOf(() -> JsonBodyGuard.requireOneValue(utf8("{\"a\":")))).isEqualTo(400);
        JsonBodyGuard.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(JsonBodyGuard.Refused.class,
                () -> JsonBodyGuard.requireOneValue(utf8("{} x")));
        assertThat(refused.slug).isEqualTo("malformed-json");
    }

    @Test
    void aBodyOverTheLimitIsRefusedAfterReadingNoMoreThanTheLimit() throws IOException {
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> JsonBodyGuard.readAtMost(endless, JsonBodyGuard.MAX_BYTES))
                .isInstanceOfSatisfying(JsonBodyGuard.Refused.class, e -> assertThat(e.status).isEqualTo(413));
        assertThat(endless.read).isLessThanOrEqualTo(JsonBodyGuard.MAX_BYTES + 8192L);

        byte[] justRight = new byte[JsonBodyGuard.MAX_BYTES];
        assertThat(JsonBodyGuard.readAtMost(new ByteArrayInputStream(justRight), JsonBodyGuard.MAX_BYTES)).hasSize(JsonBodyGuard.MAX_BYTES);
    }

    @Test
    void onlyJsonMediaTypesAreGuarded() {
        assertThat(JsonBodyGuard.isJsonSubtype("json")).isTrue();
        assertThat(JsonBodyGuard.isJsonSubtype("merge-patch+JSON")).isTrue();
        assertThat(JsonBodyGuard.isJsonSubtype("form-data")).isFalse();
        assertThat(JsonBodyGuard.isJson(null)).isFalse();
    }

    /** An endless stream of spaces that counts what was read from it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            read += len;
            return len;
        }
    }
}
