package org.alliancehub.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server as ./run starts it: kept data is durable, and a restart keeps it. */
class PostgresServerTest {

    @TempDir
    Path data;

    @Test
    void keptDataIsCommittedDurablyAndSurvivesARestart() throws SQLException {
        try (PostgresServer server = PostgresServer.start(data, 0, false)) {
            try (Connection connection = connect(server); Statement sql = connection.createStatement()) {
                assertThat(setting(sql, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(sql, "fsync")).isEqualTo("on");
                sql.execute("CREATE TABLE acknowledged (id int)");
                sql.execute("INSERT INTO acknowledged VALUES (42)");
            }
            server.stop();
            assertThat(server.isRunning()).isFalse();
            server.startAgain();
            try (Connection connection = connect(server); Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT id FROM acknowledged")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
        }
    }

    private static Connection connect(PostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
    }

    private static String setting(Statement sql, String name) throws SQLException {
        try (ResultSet row = sql.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
