package org.alliancehub.content.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The content database, configured at run time through MicroProfile Config
 * ({@code alliancehub.database.url}, {@code .user}, {@code .password}; in production the
 * environment variables {@code ALLIANCEHUB_DATABASE_URL}, ...). Nothing is filtered into the WAR.
 */
@DataSourceDefinition(
        name = ContentDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=alliancehub.database.url}",
        user = "${MPCONFIG=alliancehub.database.user}",
        password = "${MPCONFIG=alliancehub.database.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {"fish.payara.log-jdbc-calls=false"})
@ApplicationScoped
public class ContentDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/content";
}
