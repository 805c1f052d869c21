package org.alliancehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.alliancehub.stack.FreePort;
import org.junit.jupiter.api.Test;

/**
 * What {@code ./run} does, end to end: the stack starts from the built artifacts, loads the demo,
 * the portal finds the Spanish demo material for "caida", and a second start keeps the data.
 */
class LauncherIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    @Test
    void runsTheWholeStackAndKeepsItsDataBetweenRuns() throws Exception {
        Path work = Path.of(System.getProperty("alliancehub.test.work", "target/it-work"));
        Path data = work.resolve("launcher-data");
        deleteRecursively(data);
        int port = FreePort.find();
        LauncherSettings settings = LauncherSettings.from(Map.of(
                "ALLIANCEHUB_DATA_DIR", data.toString(),
                "ALLIANCEHUB_STACK_DIR", System.getProperty("alliancehub.stack.dir", "target/stack"),
                "ALLIANCEHUB_HTTP_PORT", Integer.toString(port),
                "ALLIANCEHUB_PAYARA_HEAP", "512m"), Path.of("target/stack"));
        String base = "http://localhost:" + port;

        try (Launcher first = new Launcher()) {
            first.start(settings);
            String results = get(base + "/results?q=caida&lang=es");
            assertThat(results).contains("Cómo prevenir <mark>caídas</mark> desde equipo móvil");
            assertThat(get(base + "/")).contains("role=\"search\"");
            assertThat(get(base + "/health/ready")).contains("\"status\":\"UP\"");
            assertThat(get(base + "/content/api/alliances")).contains("\"total\":5");
        }
        assertThat(Files.readString(data.resolve("secrets/admin-password")).strip()).hasSizeGreaterThanOrEqualTo(32);

        try (Launcher second = new Launcher()) {
            second.start(settings);
            assertThat(get(base + "/content/api/alliances")).as("the demo is loaded once").contains("\"total\":5");
            assertThat(get(base + "/search/api/search?q=caida&lang=es")).contains("Cómo prevenir caídas desde equipo móvil");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
