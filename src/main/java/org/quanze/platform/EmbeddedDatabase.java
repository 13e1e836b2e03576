package org.quanze.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server started from the embedded binaries, with its files in one data directory. A Spring bean that
 * the DataSource depends on, so the context stops it last, after the pool and everything using the pool (never a
 * JVM shutdown hook racing the context). It keeps PostgreSQL's durability promise (fsync, synchronous commit, full
 * page writes) unless told otherwise ({@code quanze.db.durable=false}, for tests only). A server left running by a
 * killed JVM is found through the data directory's {@code postmaster.pid} and stopped before starting again.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

    /** The superuser the server is created with: migrations and tests playing a DBA, never the application. */
    public static final String SUPERUSER = "postgres";

    /**
     * The application's own role: no superuser, so it cannot switch off the trail's append-only triggers
     * ({@code session_replication_role} and {@code ALTER TABLE … DISABLE TRIGGER} are refused to it). The server
     * trusts connections on the loopback interface (zonky's initdb), so it needs no password.
     */
    public static final String APP_ROLE = "quanze";

    private final Path dir;
    private final boolean durable;
    private volatile EmbeddedPostgres server;
    private volatile int port;

    private EmbeddedDatabase(Path dir, boolean durable) {
        this.dir = dir.toAbsolutePath().normalize();
        this.durable = durable;
    }

    /** Starts the server in {@code dir} (created on first start), stopping an orphan of an earlier run first. */
    public static EmbeddedDatabase start(Path dir, boolean durable) {
        EmbeddedDatabase database = new EmbeddedDatabase(dir, durable);
        database.start();
        return database;
    }

    public Path dataDirectory() { return dir; }

    public int port() { return port; }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Starts the server again on the same port after {@link #stop()} (the URL the pool knows stays valid). */
    public synchronized void start() {
        if (server != null) return;
        try {
            Files.createDirectories(dir.getParent());
            stopOrphan(dir);
            log.info("Starting embedded PostgreSQL with data in {}{}", dir, durable ? "" : " (durability off)");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    // the context stops the server (close()), after the pool: no hook of its own racing it
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    // zonky passes -F (fsync off) and synchronous_commit=off: a later -c wins, so say it explicitly
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    // the embedded server shares the machine with the app: one worker per core besides the one
                    // running the query (PostgreSQL's default of two measured slower on two cores); room to hash a
                    // province's statistics cells; data in memory rather than re-read
                    .setServerConfig("max_parallel_workers_per_gather", String.valueOf(Math.max(1, CORES - 1)))
                    .setServerConfig("shared_buffers", "256MB")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port != 0) builder.setPort(port);
            server = builder.start();
            port = server.getPort();
            createAppRole();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dir, e);
        }
    }

    /** Creates {@link #APP_ROLE} once (a data directory of an earlier version has only the superuser). */
    private void createAppRole() {
        try (Connection db = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             Statement s = db.createStatement()) {
            s.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
                      END IF;
                    END $$""".formatted(APP_ROLE));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the role " + APP_ROLE + " on embedded PostgreSQL in " + dir, e);
        }
    }

    /** Stops the server (fast shutdown: open sessions are ended); {@link #start()} starts it again. */
    public synchronized void stop() {
        EmbeddedPostgres running = server;
        server = null;
        if (running == null) return;
        try {
            running.close();
            log.info("Embedded PostgreSQL in {} stopped", dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop embedded PostgreSQL in " + dir, e);
        }
    }

    public boolean running() { return server != null; }

    @Override
    public void close() {
        stop();
    }

    /**
     * A server still running on this data directory — left by a JVM that was killed — is stopped (SIGINT, PostgreSQL's
     * fast shutdown) and waited for. It is recognised only by the directory's own {@code postmaster.pid}: the process
     * must be a postgres whose data directory (the pid file's second line and its command line) is this one, so
     * nothing else on the machine is ever signalled.
     */
    static void stopOrphan(Path dir) {
        Optional<ProcessHandle> orphan = orphanOf(dir);
        if (orphan.isEmpty()) return;
        ProcessHandle process = orphan.get();
        log.warn("Embedded PostgreSQL of an earlier run still holds {} (pid {}): stopping it", dir, process.pid());
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
            process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            if (process.isAlive()) {
                throw new IllegalStateException("The PostgreSQL server (pid " + process.pid() + ") left running on "
                        + dir + " did not stop; stop it and start again", e);
            }
        }
    }

    static Optional<ProcessHandle> orphanOf(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 2) return Optional.empty();
            long pid = Long.parseLong(lines.get(0).trim());
            if (!samePath(Path.of(lines.get(1).trim()), dir)) return Optional.empty();
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) return Optional.empty(); // stale file: PostgreSQL itself ignores it
            Path cmdline = Path.of("/proc", String.valueOf(pid), "cmdline");
            if (!Files.isReadable(cmdline)) return Optional.empty();
            List<String> arguments = List.of(Files.readString(cmdline, StandardCharsets.UTF_8).split("\0"));
            boolean postgres = !arguments.isEmpty() && Path.of(arguments.get(0)).getFileName() != null
                    && Path.of(arguments.get(0)).getFileName().toString().equals("postgres");
            int d = arguments.indexOf("-D");
            boolean ours = d >= 0 && d + 1 < arguments.size() && samePath(Path.of(arguments.get(d + 1)), dir);
            return postgres && ours ? process : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            log.warn("Cannot read {}: {}", pidFile, e.toString());
            return Optional.empty();
        }
    }

    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
