package org.alliancehub.stack;

/**
 * The MicroProfile Config names the services read; the launcher and the tests pass them as
 * system properties, production as environment variables ({@code ALLIANCEHUB_DATABASE_URL}, ...).
 */
public final class ConfigNames {

    public static final String DATABASE_URL = "alliancehub.database.url";
    public static final String DATABASE_USER = "alliancehub.database.user";
    public static final String DATABASE_PASSWORD = "alliancehub.database.password";
    public static final String ELASTICSEARCH_URL = "alliancehub.elasticsearch.url";
    public static final String CONTENT_URL = "alliancehub.content.url";
    public static final String SEARCH_URL = "alliancehub.search.url";
    /** Where readers' browsers reach the content service (downloads): in the tests, the side services' address. */
    public static final String CONTENT_PUBLIC_URL = "alliancehub.content.public-url";
    public static final String JWT_PRIVATE_KEY = "alliancehub.jwt.private-key";
    /** The standard MicroProfile JWT name: every service verifies tokens with it. */
    public static final String JWT_PUBLIC_KEY = "mp.jwt.verify.publickey";
    public static final String ADMIN_INITIAL_PASSWORD = "alliancehub.admin.initial-password";
    public static final String FILES_DIR = "alliancehub.files.dir";
    public static final String UPLOAD_MAX_BYTES = "alliancehub.upload.max-bytes";
    /** Peers whose X-Forwarded-For the content service believes (addresses, CIDR ranges; comma-separated). */
    public static final String TRUSTED_PROXIES = "alliancehub.trusted-proxies";
    public static final String INDEXER_POLL_MILLIS = "alliancehub.indexer.poll-millis";
    /** The bearer token that reads a service's meters at {@code operations/metrics}; unset, they are closed. */
    public static final String METRICS_TOKEN = "alliancehub.metrics.token";

    private ConfigNames() {
    }
}
