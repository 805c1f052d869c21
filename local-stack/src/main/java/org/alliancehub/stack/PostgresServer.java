package org.alliancehub.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from Maven Central binaries (zonky), with its data in a folder of
 * ours so that a second start finds the same data.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class.getName());
    public static final String DATABASE = "alliancehub";
    public static final String USER = "postgres";

    private final Path dataDirectory;
    private final boolean fresh;
    private final int port;
    private EmbeddedPostgres postgres;

    private PostgresServer(Path dataDirectory, boolean fresh, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.fresh = fresh;
        this.port = postgres.getPort();
        this.postgres = postgres;
    }

    /**
     * Starts on {@code port} (0 for any free one) with data in {@code dataDirectory}, kept unless
     * {@code fresh}; creates the application database when it is missing.
     */
    public static PostgresServer start(Path dataDirectory, int port, boolean fresh) {
        PostgresServer server = new PostgresServer(dataDirectory, fresh, launch(dataDirectory, port == 0 ? FreePort.find() : port, fresh, fresh));
        server.createDatabaseIfMissing();
        LOG.info(() -> "PostgreSQL is up on port " + server.port() + ", data in " + dataDirectory);
        return server;
    }

    /**
     * Kept data is written durably: zonky's defaults include {@code synchronous_commit=off}, which
     * can lose a commit the API has already acknowledged if the machine crashes, so it is put back to
     * PostgreSQL's default. A fresh (test) database keeps neither fsync nor synchronous commits: it is
     * thrown away at the end of the run.
     */
    private static EmbeddedPostgres launch(Path dataDirectory, int port, boolean fresh, boolean clean) {
        try {
            if (clean) {
                deleteContents(dataDirectory);
            }
            Files.createDirectories(dataDirectory);
            // zonky's own "clean" also deletes the data when the server stops, which a restart must not do
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", fresh ? "off" : "on")
                    .setServerConfig("synchronous_commit", fresh ? "off" : "on")
                    .start();
        } catch (IOException e) {
            throw new StackException("PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private static void deleteContents(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                if (!path.equals(directory)) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Stops the server as a restart or failover would (open connections are cut), keeping its data. */
    public void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new StackException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        } finally {
            postgres = null;
        }
    }

    /** Starts a stopped server again on the same port with the same data. */
    public void startAgain() {
        if (postgres == null) {
            postgres = launch(dataDirectory, port, fresh, false);
            LOG.info(() -> "PostgreSQL is up again on port " + port);
        }
    }

    public boolean isRunning() {
        return postgres != null;
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = requireRunning().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet existing = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (existing.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new StackException("Could not create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    private EmbeddedPostgres requireRunning() {
        if (postgres == null) {
            throw new StackException("PostgreSQL is stopped");
        }
        return postgres;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    /** The embedded server trusts loopback connections; any password is accepted. */
    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        stop();
    }
}
