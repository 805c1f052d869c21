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

/**
 * The claims' statements against a real PostgreSQL and the real migrations: a scheduled task runs
 * once per interval whoever asks, and a file is read by one instance until its claim lapses.
 */
class ClusterClaimsTest {

    @TempDir
    static Path data;

    private static PostgresServer server;

    @BeforeAll
    static void database() throws SQLException, IOException {
        server = PostgresServer.start(data, 0, true);
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute(Files.readString(Path.of("src/main/resources/db/migration/V15__scheduled_runs.sql")));
            sql.execute(Files.readString(Path.of("src/main/resources/db/migration/V16__extraction_claims.sql")));
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

    private static final String SHA = "a".repeat(64);

    private static int run(String statement, Object... values) throws SQLException {
        try (Connection db = connect(); PreparedStatement sql = db.prepareStatement(statement.replaceAll("\\?\\d", "?"))) {
            for (int i = 0; i < values.length; i++) {
                sql.setObject(i + 1, values[i]);
            }
            return sql.executeUpdate();
        }
    }

    private static boolean claimFile(String material, String instance, double seconds) throws SQLException {
        return run(JpaExtractionClaims.CLAIM, material, "en", SHA, instance, seconds) == 1;
    }

    @Test
    void aFileIsReadByTheInstanceThatClaimedItUntilItsClaimLapses() throws SQLException {
        assertThat(claimFile("m-1", "content-a", 60)).isTrue();
        assertThat(claimFile("m-1", "content-b", 60)).as("held by a").isFalse();
        assertThat(claimFile("m-1", "content-a", 60)).as("a takes its own back, as after a restart").isTrue();
        assertThat(run(JpaExtractionClaims.RELEASE, "m-1", "en", SHA, "content-b")).as("b holds nothing to give up").isZero();

        // a dies: its claim lapses, b takes the file over, and a's late result is not recorded
        run("UPDATE extraction_claim SET claimed_until = now() - interval '1 second' WHERE material_id = 'm-1'");
        assertThat(claimFile("m-1", "content-b", 60)).isTrue();
        assertThat(run(JpaExtractionClaims.RELEASE, "m-1", "en", SHA, "content-a")).isZero();
        assertThat(run(JpaExtractionClaims.RELEASE, "m-1", "en", SHA, "content-b")).isEqualTo(1);
        assertThat(claimFile("m-1", "content-a", 60)).as("released: anyone may read it again").isTrue();

        run("UPDATE extraction_claim SET claimed_until = now() - interval '2 days' WHERE material_id = 'm-1'");
        assertThat(claimFile("m-2", "content-a", 60)).isTrue();
        assertThat(run(JpaExtractionClaims.FORGET, 86_400.0)).as("only the long-lapsed one").isEqualTo(1);
    }

    @Test
    void instancesClaimingOneFileAtTheSameMomentGetItOnce() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "content-" + i;
                claims.add(() -> claimFile("m-together", name, 60));
            }
            int readers = 0;
            for (Future<Boolean> claimed : instances.invokeAll(claims)) {
                readers += claimed.get() ? 1 : 0;
            }
            assertThat(readers).isEqualTo(1);
        } finally {
            instances.shutdown();
        }
    }
}
