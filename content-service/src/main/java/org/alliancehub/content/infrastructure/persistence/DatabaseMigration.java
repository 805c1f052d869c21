package org.alliancehub.content.infrastructure.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.alliancehub.contracts.tracing.TracedLogger;

/** Brings the schema up to date with Flyway before the service takes requests. */
@Startup
@Singleton
public class DatabaseMigration {

    private static final Logger LOG = TracedLogger.of(DatabaseMigration.class);

    @Resource(lookup = ContentDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
