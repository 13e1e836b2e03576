package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Http;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * kill -9 of the application in the middle of a history import (issue 10): the application, started again on the same
 * data directory, answers {@code /api/v1/health} UP at its first attempt — its orphaned embedded PostgreSQL stopped,
 * the database recovered — and the import left nothing behind (all or nothing). The application runs in a child JVM on
 * the test classpath with a small demo and PostgreSQL's durability on, as the quick start runs it.
 */
class ImportCrashIntegrationTests {

    private static final String ADMIN_PASSWORD = "crash-root-2026";
    /** Above the large import's threshold (50,000 rows): the way that drops and rebuilds the case tables' indexes. */
    private static final int ROWS = 60_000;
    /**
     * The target is 30 s (issue 10); the test prints the time taken but allows more, since a start on a busy shared
     * machine takes longer (no timings asserted). What it asserts is that the first start after the kill comes up:
     * before, it failed after 75 s on the orphaned PostgreSQL, and the process's end fails the test at once.
     */
    private static final Duration RESTART = Duration.ofSeconds(120);

    @TempDir Path temp;
    private Process app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.destroy(); // SIGTERM: the application stops its embedded PostgreSQL last
            if (!app.waitFor(60, TimeUnit.SECONDS)) app.destroyForcibly();
        }
        EmbeddedDatabase.stopOrphan(temp.resolve("data/pg"));
    }

    @Test
    void theApplicationKilledDuringAnImportStartsAgainAtOnceAndTheImportLeftNothing() throws Exception {
        int port = freePort();
        Http http = new Http(port);
        app = start(port);
        awaitHealthy(http, app, Duration.ofMinutes(10));
        // the first start generates the demo and the administrator after the web server is up
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (!(log().contains("Demo province loaded")
                && http.get("/api/v1/imports/jobs/none", "admin", ADMIN_PASSWORD).status() == 404)) {
            assertThat(app.isAlive() && Instant.now().isBefore(deadline)).as("the demo is loaded:\n%s", tail()).isTrue();
            Thread.sleep(500);
        }

        String judge = query("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = '吉0102' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no LIMIT 1""", String.class);
        StringBuilder csv = new StringBuilder("case_number,court_code,case_type,procedure,cause,filed_on,closed_on,close_method,handler_staff_no\n");
        for (int n = 1; n <= ROWS; n++) {
            csv.append("（2001）吉0102民初").append(n).append("号,吉0102,民初,普通程序,民间借贷纠纷,2001-03-01,2001-06-01,判决,")
                    .append(judge).append('\n');
        }
        Http.Response accepted = http.post("/api/v1/imports/cases?async=true", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), "admin", ADMIN_PASSWORD);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String job = accepted.body().replaceAll(".*\"address\":\"([^\"]+)\".*", "$1");
        // kill it while it writes: past validation, inside the import's transaction
        String state = "";
        for (int i = 0; i < 600 && !state.contains("\"phase\":\"WRITING\""); i++) {
            state = http.get(job, "admin", ADMIN_PASSWORD).body();
            assertThat(state).as("the import is still running").contains("\"status\":\"RUNNING\"");
            Thread.sleep(100);
        }
        assertThat(state).contains("\"phase\":\"WRITING\"");
        app.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the context; its PostgreSQL is orphaned
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Instant restart = Instant.now();
        app = start(port);
        awaitHealthy(http, app, RESTART);
        System.out.printf("restart after kill -9 during an import: healthy after %d ms%n",
                Duration.between(restart, Instant.now()).toMillis());

        assertThat(query("SELECT count(*) FROM casefile.case_file WHERE case_number LIKE '（2001）吉0102民初%'", Long.class))
                .as("no case of the interrupted file is stored").isZero();
        Http.Response again = http.get("/api/v1/health", null, null);
        assertThat(again.body()).contains("\"database\":\"UP\"");
    }

    private Process start(int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "-Dquanze.admin.password=" + ADMIN_PASSWORD,
                "org.quanze.QuanzeApplication")
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("app.log").toFile());
        Map<String, String> env = builder.environment();
        // always the embedded server in its own data directory, also when the suite runs against an external one
        env.keySet().removeIf(name -> name.startsWith("QUANZE_"));
        env.putAll(Map.of("QUANZE_DATA_DIR", temp.resolve("data").toString(), "SERVER_PORT", String.valueOf(port),
                "QUANZE_DEMO_CASES", "3000", "QUANZE_DEMO_SCALE", "0.2"));
        return builder.start();
    }

    private void awaitHealthy(Http http, Process process, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application is running:\n%s", tail()).isTrue();
            try {
                if (http.get("/api/v1/health", null, null).status() == 200) return;
            } catch (IllegalStateException notYetListening) {
                // the web server is not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("/api/v1/health not UP within " + within + "; last log lines:\n" + tail());
    }

    /** The application's log since its last start (its output goes to app.log, restarted with each start). */
    private String log() throws IOException {
        return Files.readString(temp.resolve("app.log"), StandardCharsets.UTF_8);
    }

    private String tail() throws IOException {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** The embedded server's superuser, on the port its data directory's postmaster.pid names. */
    private <T> T query(String sql, Class<T> type) throws IOException {
        int pgPort = Integer.parseInt(Files.readAllLines(temp.resolve("data/pg/postmaster.pid")).get(3).trim());
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:postgresql://localhost:" + pgPort + "/postgres",
                EmbeddedDatabase.SUPERUSER, "", true);
        try {
            return JdbcClient.create(db).sql(sql).query(type).single();
        } finally {
            db.destroy();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
