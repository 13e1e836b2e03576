package org.quanze.national;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One province's platform for a test: the platform's executable jar (system property {@code quanze.jar}) started as
 * a process of its own on an embedded PostgreSQL in a fresh directory and a random port, reached only through its
 * HTTP API as the administrator, and its database by the JDBC address of that embedded server.
 */
final class ProvinceInstance implements AutoCloseable {

    static final String ADMIN_PASSWORD = "national-root-2026";

    final String province;
    private final Path dir;
    private final int port = 18000 + ThreadLocalRandom.current().nextInt(1000);
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Starts the platform with these environment variables besides the port, data directory and admin password. */
    ProvinceInstance(String province, Path dir, String... environment) throws IOException {
        this.province = province;
        this.dir = dir;
        Files.createDirectories(dir);
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("app.log").toFile());
        pb.environment().put("SERVER_PORT", String.valueOf(port));
        pb.environment().put("QUANZE_DATA_DIR", dir.resolve("data").toString());
        pb.environment().put("QUANZE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        for (int i = 0; i < environment.length; i += 2) pb.environment().put(environment[i], environment[i + 1]);
        process = pb.start();
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("quanze.jar", "../target/quanze-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("build the platform first (mvn install at the root): " + jar);
        return jar;
    }

    /** Waits until the API answers and, when {@code logLine} is given, the log shows it (e.g. the demo loaded). */
    void awaitReady(String logLine, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException(province + " did not start: " + tail());
            boolean up;
            try {
                up = get("/api/v1/courts").statusCode() == 200;
            } catch (IOException notYet) {
                up = false;
            }
            if (up && (logLine == null || Files.readString(dir.resolve("app.log")).contains(logLine))) return;
            Thread.sleep(1000);
        }
        throw new IllegalStateException(province + " not ready in " + timeout + ": " + tail());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a CSV (an import) and fails unless it is accepted. */
    String postCsv(String path, byte[] csv) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
        return r.body();
    }

    /** {@code GET /api/v1/statistics} for the province's high court with every court under it. */
    String statistics(String from, String to, String groupBy) throws IOException, InterruptedException {
        HttpResponse<String> r = get("/api/v1/statistics?court=" + URLEncoder.encode(province, StandardCharsets.UTF_8)
                + "&subordinates=true&from=" + from + "&to=" + to + "&groupBy=" + groupBy);
        if (r.statusCode() != 200) throw new IllegalStateException("statistics: HTTP " + r.statusCode() + " " + r.body());
        return r.body();
    }

    private HttpRequest.Builder request(String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + basic);
    }

    /** The embedded PostgreSQL's JDBC address, from its postmaster.pid (fourth line: the port). */
    String jdbcUrl() throws IOException {
        List<String> pid = Files.readAllLines(dir.resolve("data/pg/postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres?user=postgres";
    }

    /** Removes a directory tree, if there is one. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private String tail() throws IOException {
        String log = Files.readString(dir.resolve("app.log"));
        return log.substring(Math.max(0, log.length() - 3000));
    }

    /** Stops the platform, which stops its embedded PostgreSQL; a server left behind is stopped by its pid. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        Path pidFile = dir.resolve("data/pg/postmaster.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            var postgres = ProcessHandle.of(pid);
            if (postgres.isPresent()) {
                postgres.get().destroy();
                postgres.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }
}
