package org.alliancehub.content.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliancehub.stack.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim's statement against a real PostgreSQL and the real migration: one run per interval, whoever asks. */
class JpaScheduledRunsTest {

    @TempDir
    static Path data;

    private static PostgresServer server;

    @BeforeAll
    static void database() throws SQLException, IOException {
        server = PostgresServer.start(data, 0, true);
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute(Files.readString(Path.of("src/main/resources/db/migration/V15__scheduled_runs.sql")));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
    }

    /** The JPA statement as JDBC runs it (its ?1, ?2, ?3 in order). */
    private static boolean claim(String task, double intervalSeconds, String instance) throws SQLException {
        try (Connection db = connect();
             PreparedStatement claim = db.prepareStatement(JpaScheduledRuns.CLAIM.replaceAll("\\?\\d", "?"))) {
            claim.setString(1, task);
            claim.setString(2, instance);
            claim.setDouble(3, intervalSeconds * 0.9);
            return claim.executeUpdate() == 1;
        }
    }

    @Test
    void theFirstToAskRunsTheTaskAndTheOthersWaitForTheNextInterval() throws SQLException {
        assertThat(claim("sweep-a", 3600, "first")).isTrue();
        assertThat(claim("sweep-a", 3600, "second")).isFalse();
        assertThat(claim("sweep-a", 3600, "first")).isFalse();
        assertThat(claim("sweep-b", 3600, "second")).as("each task on its own").isTrue();

        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("UPDATE scheduled_run SET last_started_at = now() - interval '59 minutes' WHERE task = 'sweep-a'");
        }
        assertThat(claim("sweep-a", 3600, "second")).as("within a tenth of the interval: due").isTrue();
        assertThat(claim("sweep-a", 3600, "first")).isFalse();
    }

    @Test
    void instancesAskingAtTheSameMomentGetOneRun() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> asks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "instance-" + i;
                asks.add(() -> claim("sweep-together", 3600, name));
            }
            int runs = 0;
            for (Future<Boolean> asked : instances.invokeAll(asks)) {
                runs += asked.get() ? 1 : 0;
            }
            assertThat(runs).isEqualTo(1);
        } finally {
            instances.shutdown();
        }
    }
}
