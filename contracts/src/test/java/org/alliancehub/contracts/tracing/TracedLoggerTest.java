package org.alliancehub.contracts.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TracedLoggerTest {

    private static final Logger LOG = TracedLogger.of(TracedLoggerTest.class);
    private final List<LogRecord> published = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            published.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void leave() {
        RequestId.leave();
        LOG.removeHandler(capture);
    }

    @Test
    void aLineLoggedWhileARequestIsServedCarriesItsIdAndReadsAsBefore() {
        LOG.addHandler(capture);
        RequestId.enter("req-42");
        LOG.log(Level.WARNING, "Extraction of {0} failed: {1}", new Object[] {"manual.pdf", "encrypted"});
        LOG.warning("The index isn't there yet {not a parameter}");

        assertThat(published).hasSize(2);
        assertThat(published.get(0).getParameters()).containsExactly("manual.pdf", "encrypted", Map.of("RequestId", "req-42"));
        assertThat(published.get(1).getParameters()).containsExactly(Map.of("RequestId", "req-42"));
        assertThat(published.get(0).getSourceClassName()).isEqualTo(TracedLoggerTest.class.getName());
        assertThat(published.get(0).getSourceMethodName()).isEqualTo("aLineLoggedWhileARequestIsServedCarriesItsIdAndReadsAsBefore");
        SimpleFormatter plain = new SimpleFormatter();
        assertThat(plain.formatMessage(published.get(0))).isEqualTo("Extraction of manual.pdf failed: encrypted");
        assertThat(plain.formatMessage(published.get(1))).isEqualTo("The index isn't there yet {not a parameter}");
    }

    @Test
    void aLineLoggedOutsideARequestIsLeftAlone() {
        LOG.addHandler(capture);
        LOG.warning("Glossary reloaded");
        assertThat(published).singleElement().satisfies(r -> assertThat(r.getParameters()).isNull());
    }

    @Test
    void itTakesTheLevelAndHandlersConfiguredForItsName() {
        Logger configured = Logger.getLogger(TracedLoggerTest.class.getName());
        configured.addHandler(capture);
        configured.setLevel(Level.SEVERE);
        try {
            LOG.warning("below the configured level");
            LOG.severe("at the configured level");
        } finally {
            configured.removeHandler(capture);
            configured.setLevel(null);
        }
        assertThat(published).extracting(LogRecord::getMessage).containsExactly("at the configured level");
        assertThat(published.get(0).getLoggerName()).isEqualTo(TracedLoggerTest.class.getName());
    }

    @Test
    void anAccessLineNamesMethodPathStatusAndTimeButNeverTheQuery() {
        LogRecord line = RequestIdFilter.accessLine("GET", "/search/api/search", 200, 1234);
        assertThat(new SimpleFormatter().formatMessage(line)).isEqualTo("GET /search/api/search 200 1234 ms");
        assertThat(line.getParameters()[4]).isEqualTo(Map.of("HttpMethod", "GET", "Path", "/search/api/search",
                "Status", 200, "DurationMs", 1234L));
    }
}
