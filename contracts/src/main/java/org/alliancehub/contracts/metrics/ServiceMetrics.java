package org.alliancehub.contracts.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The meters of this application: one registry per WAR (each has its own copy of this jar, and
 * Prometheus scrapes each service on its own), created with the JVM's meters on first use.
 */
public final class ServiceMetrics {

    /** Every request's time, tagged with method, route and status (see {@link RouteTemplates}). */
    public static final String REQUESTS = "http.server.requests";
    /** Routes beyond this many are not told apart: a guard against a route made of what a client sent. */
    static final int MAX_ROUTES = 200;
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private static final String PREFIX = "alliancehub.";

    private static final PrometheusMeterRegistry REGISTRY = create();
    private static final JvmGcMetrics GC = new JvmGcMetrics();
    /** Built once: each request only names its tags. */
    private static final Meter.MeterProvider<Timer> REQUEST_TIMERS = requestTimers(REGISTRY);

    static {
        new JvmMemoryMetrics().bindTo(REGISTRY);
        GC.bindTo(REGISTRY);
        new JvmThreadMetrics().bindTo(REGISTRY);
        new ClassLoaderMetrics().bindTo(REGISTRY);
        new ProcessorMetrics().bindTo(REGISTRY);
        new UptimeMetrics().bindTo(REGISTRY);
    }

    private ServiceMetrics() {
    }

    /** The name of one of the application's own meters: {@code named("indexer.lag")} is {@code alliancehub_indexer_lag} in Prometheus. */
    public static String named(String meter) {
        return PREFIX + meter;
    }

    public static MeterRegistry registry() {
        return REGISTRY;
    }

    /** The meters in Prometheus' text format. */
    static String scrape() {
        return REGISTRY.scrape();
    }

    /** Records one request; {@code route} is a template ({@code /api/materials/{id}}), never a raw path. */
    static void recordRequest(String method, String route, int status, long nanos) {
        recordRequest(REQUEST_TIMERS, method, route, status, nanos);
    }

    static void recordRequest(Meter.MeterProvider<Timer> timers, String method, String route, int status, long nanos) {
        timers.withTags("method", method, "route", route, "status", Integer.toString(status)).record(Duration.ofNanos(nanos));
    }

    static Meter.MeterProvider<Timer> requestTimers(MeterRegistry registry) {
        return Timer.builder(REQUESTS).serviceLevelObjectives(LATENCY_BUCKETS).withRegistry(registry);
    }

    /** Lets go of the JVM's notifications when the application stops. */
    static void close() {
        GC.close();
    }

    static PrometheusMeterRegistry create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(MeterFilter.maximumAllowableTags(REQUESTS, "route", MAX_ROUTES, MeterFilter.deny()));
        return registry;
    }
}
