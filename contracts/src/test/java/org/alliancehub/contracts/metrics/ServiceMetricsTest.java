package org.alliancehub.contracts.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

    private static Path path(String value) {
        return new Path() {
            @Override
            public String value() {
                return value;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return Path.class;
            }
        };
    }

    @Test
    void aRestRouteIsItsTemplateWithoutTheTemplatesExpressions() {
        assertThat(RouteTemplates.template("/api", path("materials"), path("{id}/versions/{language: [a-z]{2}}/file")))
                .isEqualTo("/api/materials/{id}/versions/{language}/file");
        assertThat(RouteTemplates.template("/api", path("/search/"), null)).isEqualTo("/api/search");
        assertThat(RouteTemplates.template("", path("/"), path(""))).isEqualTo("/");
    }

    @Test
    void whatAClientTypesNeverBecomesARouteOrAMethod() {
        assertThat(RequestMetricsFilter.route("/api/materials/{id}", "/api", 200)).isEqualTo("/api/materials/{id}");
        assertThat(RequestMetricsFilter.route(null, "/no-such-page-4711", 404)).isEqualTo("NOT_FOUND");
        assertThat(RequestMetricsFilter.route(null, "/old-link", 301)).isEqualTo("REDIRECTION");
        assertThat(RequestMetricsFilter.route(null, "/results", 200)).isEqualTo("/results");
        assertThat(RequestMetricsFilter.route(null, "", 200)).isEqualTo("/");
        assertThat(RequestMetricsFilter.method("GET")).isEqualTo("GET");
        assertThat(RequestMetricsFilter.method("BREW")).isEqualTo("OTHER");
    }

    @Test
    void requestsAreCountedAndTimedPerRouteInPrometheusText() {
        ServiceMetrics.recordRequest("GET", "/api/test-route/{id}", 200, 3_000_000);
        ServiceMetrics.recordRequest("GET", "/api/test-route/{id}", 200, 70_000_000);
        String scraped = ServiceMetrics.scrape();
        assertThat(scraped).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/test-route/{id}\",status=\"200\"} 2")
                .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/test-route/{id}\",status=\"200\",le=\"0.01\"} 1")
                .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/test-route/{id}\",status=\"200\",le=\"0.1\"} 2")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void routesBeyondTheLimitAreNotToldApart() {
        var registry = ServiceMetrics.create();
        for (int i = 0; i < ServiceMetrics.MAX_ROUTES + 50; i++) {
            ServiceMetrics.recordRequest(ServiceMetrics.requestTimers(registry), "GET", "/flood/" + i, 200, 1_000);
        }
        long routes = registry.find(ServiceMetrics.REQUESTS).timers().stream()
                .map(t -> t.getId().getTag("route")).distinct().count();
        assertThat(routes).isEqualTo(ServiceMetrics.MAX_ROUTES);
    }

    @Test
    void onlyTheConfiguredBearerReadsTheMeters() {
        byte[] token = "a-long-enough-metrics-token-42".getBytes(StandardCharsets.UTF_8);
        assertThat(MetricsEndpoint.presents(basic("metrics:a-long-enough-metrics-token-42"), token)).isTrue();
        assertThat(MetricsEndpoint.presents("basic " + basic("metrics:a-long-enough-metrics-token-42").substring(6) + " ", token)).isTrue();
        assertThat(MetricsEndpoint.presents(basic("metrics:a-long-enough-metrics-token-4"), token)).isFalse();
        assertThat(MetricsEndpoint.presents(basic("admin:a-long-enough-metrics-token-42"), token)).isFalse();
        assertThat(MetricsEndpoint.presents(basic("a-long-enough-metrics-token-42"), token)).isFalse();
        assertThat(MetricsEndpoint.presents("Bearer a-long-enough-metrics-token-42", token)).isFalse();
        assertThat(MetricsEndpoint.presents("Basic %%%not-base64", token)).isFalse();
        assertThat(MetricsEndpoint.presents(null, token)).isFalse();
        assertThat(MetricsEndpoint.presents("Basic", token)).isFalse();
    }

    private static String basic(String credentials) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAStrongTokenTheEndpointStaysClosed() {
        assertThat(MetricsEndpoint.accepted(Optional.empty())).isEmpty();
        assertThat(MetricsEndpoint.accepted(Optional.of("   "))).isEmpty();
        assertThat(MetricsEndpoint.accepted(Optional.of("short-token"))).isEmpty();
        assertThat(MetricsEndpoint.accepted(Optional.of(" a-long-enough-metrics-token-42 ")))
                .hasValueSatisfying(t -> assertThat(new String(t, StandardCharsets.UTF_8)).isEqualTo("a-long-enough-metrics-token-42"));
    }
}
