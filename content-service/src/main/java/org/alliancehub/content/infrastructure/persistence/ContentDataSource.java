package org.alliancehub.content.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The content database, configured at run time through MicroProfile Config
 * ({@code alliancehub.database.url}, {@code .user}, {@code .password}; in production the
 * environment variables {@code ALLIANCEHUB_DATABASE_URL}, ...). Nothing is filtered into the WAR.
 *
 * <p>The pool outlives the database server: a restart or failover closes every pooled connection,
 * so each one is validated ({@code Connection.isValid}) before it is handed out, and the first one
 * found dead flushes them all; new ones are made once the server is back. While it is down, asking
 * for a connection fails within seconds (connect and pool waits are bounded) so that callers get a
 * quick 503 instead of a hung thread. A frozen server cannot hold a request longer than the socket
 * timeout.
 */
@DataSourceDefinition(
        name = ContentDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=alliancehub.database.url}",
        user = "${MPCONFIG=alliancehub.database.user}",
        password = "${MPCONFIG=alliancehub.database.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        loginTimeout = 3,
        properties = {
                "fish.payara.log-jdbc-calls=false",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=3000",
                // PostgreSQL driver (PGSimpleDataSource) properties, in seconds
                "connectTimeout=2",
                "socketTimeout=60",
                "tcpKeepAlive=true"})
@ApplicationScoped
public class ContentDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/content";
}
