package org.alliancehub.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.alliancehub.stack.PayaraMicroServer;

/**
 * What {@code ./run} reads from the environment. Every name is documented in the README; a system
 * property of the same name in lower case with dots ({@code alliancehub.http.port}) works too.
 */
record LauncherSettings(Path dataDirectory, Path stackDirectory, int httpPort, Optional<String> databaseUrl,
                        Optional<String> databaseUser, Optional<String> databasePassword, int postgresPort,
                        Optional<String> elasticsearchUrl, int elasticsearchPort, String elasticsearchHeap,
                        boolean demoContent, String payaraHeap, String trustedProxies, int elasticsearchNodes,
                        int instances, PayaraMicroServer.LogFormat logFormat, Optional<String> metricsToken) {

    /**
     * The portal runs in the same Payara and calls the content service over loopback, passing on its
     * readers' addresses in X-Forwarded-For: the content service trusts that header from there only.
     */
    static final String LOOPBACK_PROXIES = "127.0.0.1,::1";

    static LauncherSettings from(Map<String, String> env, Path defaultStack) {
        Settings s = new Settings(env);
        LauncherSettings settings = new LauncherSettings(
                Path.of(s.get("ALLIANCEHUB_DATA_DIR").orElse("data")).toAbsolutePath(),
                s.get("ALLIANCEHUB_STACK_DIR").map(Path::of).orElse(defaultStack).toAbsolutePath(),
                s.integer("ALLIANCEHUB_HTTP_PORT", 8080),
                s.get("ALLIANCEHUB_DATABASE_URL"),
                s.get("ALLIANCEHUB_DATABASE_USER"),
                s.get("ALLIANCEHUB_DATABASE_PASSWORD"),
                s.integer("ALLIANCEHUB_POSTGRES_PORT", 0),
                s.get("ALLIANCEHUB_ELASTICSEARCH_URL"),
                s.integer("ALLIANCEHUB_ELASTICSEARCH_PORT", 0),
                s.get("ALLIANCEHUB_ELASTICSEARCH_HEAP").orElse("512m"),
                !s.get("ALLIANCEHUB_DEMO_CONTENT").map(v -> v.equalsIgnoreCase("false")).orElse(false),
                s.get("ALLIANCEHUB_PAYARA_HEAP").orElse("768m"),
                s.get("ALLIANCEHUB_TRUSTED_PROXIES").orElse(LOOPBACK_PROXIES),
                s.count("ALLIANCEHUB_ELASTICSEARCH_NODES", 1, 1, 9),
                s.count("ALLIANCEHUB_INSTANCES", 1, 1, 9),
                s.logFormat("ALLIANCEHUB_LOG_FORMAT"),
                s.get("ALLIANCEHUB_METRICS_TOKEN"));
        if (settings.elasticsearchNodes() == 2) {
            throw new IllegalArgumentException("ALLIANCEHUB_ELASTICSEARCH_NODES is 1, or 3 and more: "
                    + "two nodes cannot elect a master when one of them is lost");
        }
        return settings;
    }

    /** Several instances of the services stand behind a local nginx; one listens directly. */
    boolean behindProxy() {
        return instances > 1;
    }

    /** Environment variables first, then system properties named the MicroProfile way. */
    private record Settings(Map<String, String> env) {

        Optional<String> get(String name) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                value = System.getProperty(name.toLowerCase().replace('_', '.'));
            }
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        PayaraMicroServer.LogFormat logFormat(String name) {
            Optional<String> value = get(name);
            try {
                return value.map(v -> PayaraMicroServer.LogFormat.valueOf(v.toUpperCase(Locale.ROOT)))
                        .orElse(PayaraMicroServer.LogFormat.TEXT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " is text or json, not '" + value.get() + "'");
            }
        }

        int count(String name, int fallback, int min, int max) {
            Optional<String> value = get(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int count = Integer.parseInt(value.get());
                if (count < min || count > max) {
                    throw new NumberFormatException();
                }
                return count;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max
                        + ", not '" + value.get() + "'");
            }
        }

        int integer(String name, int fallback) {
            Optional<String> value = get(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(value.get());
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a port number (0-65535), not '" + value.get() + "'");
            }
        }
    }
}
