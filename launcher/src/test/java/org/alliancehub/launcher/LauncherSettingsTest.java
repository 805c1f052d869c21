package org.alliancehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.alliancehub.stack.PayaraMicroServer;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    @Test
    void defaultsRunEverythingLocallyOnPort8080WithDemoContent() {
        LauncherSettings settings = LauncherSettings.from(Map.of(), Path.of("stack"));
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.elasticsearchUrl()).isEmpty();
        assertThat(settings.demoContent()).isTrue();
        assertThat(settings.dataDirectory().getFileName()).hasToString("data");
        // the portal, in the same Payara, passes its readers' addresses on over loopback
        assertThat(settings.trustedProxies()).isEqualTo("127.0.0.1,::1");
        assertThat(settings.elasticsearchNodes()).isEqualTo(1);
        assertThat(settings.behindProxy()).isFalse();
        assertThat(settings.logFormat()).isEqualTo(PayaraMicroServer.LogFormat.TEXT);
    }

    @Test
    void logsAsJsonLinesWhenAsked() {
        assertThat(LauncherSettings.from(Map.of("ALLIANCEHUB_LOG_FORMAT", "json"), Path.of("stack")).logFormat())
                .isEqualTo(PayaraMicroServer.LogFormat.JSON);
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("ALLIANCEHUB_LOG_FORMAT", "xml"), Path.of("stack")))
                .hasMessageContaining("ALLIANCEHUB_LOG_FORMAT is text or json, not 'xml'");
    }

    @Test
    void scalesOutToAClusterAndSeveralInstancesBehindTheProxy() {
        LauncherSettings settings = LauncherSettings.from(Map.of(
                "ALLIANCEHUB_ELASTICSEARCH_NODES", "3", "ALLIANCEHUB_INSTANCES", "2"), Path.of("stack"));
        assertThat(settings.elasticsearchNodes()).isEqualTo(3);
        assertThat(settings.instances()).isEqualTo(2);
        assertThat(settings.behindProxy()).isTrue();
    }

    @Test
    void refusesAClusterThatCannotLoseANode() {
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("ALLIANCEHUB_ELASTICSEARCH_NODES", "2"), Path.of("stack")))
                .hasMessageContaining("two nodes cannot elect a master");
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("ALLIANCEHUB_INSTANCES", "many"), Path.of("stack")))
                .hasMessageContaining("ALLIANCEHUB_INSTANCES must be a whole number from 1 to 9, not 'many'");
    }

    @Test
    void environmentPointsAtExternalServers() {
        LauncherSettings settings = LauncherSettings.from(Map.of(
                "ALLIANCEHUB_DATABASE_URL", "jdbc:postgresql://db.internal:5432/hub",
                "ALLIANCEHUB_ELASTICSEARCH_URL", "http://search.internal:9200",
                "ALLIANCEHUB_HTTP_PORT", "9090",
                "ALLIANCEHUB_DEMO_CONTENT", "false",
                "ALLIANCEHUB_TRUSTED_PROXIES", "10.0.0.0/8"), Path.of("stack"));
        assertThat(settings.trustedProxies()).isEqualTo("10.0.0.0/8");
        assertThat(settings.databaseUrl()).hasValue("jdbc:postgresql://db.internal:5432/hub");
        assertThat(settings.elasticsearchUrl()).hasValue("http://search.internal:9200");
        assertThat(settings.httpPort()).isEqualTo(9090);
        assertThat(settings.demoContent()).isFalse();
    }

    @Test
    void refusesPortsThatAreNotPorts() {
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("ALLIANCEHUB_HTTP_PORT", "80800"), Path.of("stack")))
                .hasMessageContaining("ALLIANCEHUB_HTTP_PORT must be a port number");
    }
}
