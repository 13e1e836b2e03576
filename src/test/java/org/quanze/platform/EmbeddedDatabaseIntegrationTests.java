package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded server on its own (no application): durability, orphans of a killed JVM, and stopping last. */
class EmbeddedDatabaseIntegrationTests {

    @TempDir Path temp;

    /** The quick start's configuration (application.yml as shipped) keeps PostgreSQL's durability promise. */
    @Test
    void theDefaultConfigurationKeepsFsyncSynchronousCommitAndFullPageWrites() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        QuanzeProperties properties = Binder.get(environment).bind("quanze", QuanzeProperties.class).get();
        assertThat(properties.db().durable()).isTrue();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(temp.resolve("pg"), properties.db().durable())) {
            JdbcClient jdbc = jdbc(database);
            assertThat(show(jdbc, "fsync")).isEqualTo("on");
            assertThat(show(jdbc, "synchronous_commit")).isEqualTo("on");
            assertThat(show(jdbc, "full_page_writes")).isEqualTo("on");
        }
    }

    /** Tests may turn durability off, but only by saying so. */
    @Test
    void durabilityIsOffOnlyWhenAsked() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(temp.resolve("pg"), false)) {
            assertThat(show(jdbc(database), "fsync")).isEqualTo("off");
            assertThat(show(jdbc(database), "synchronous_commit")).isEqualTo("off");
        }
    }

    /**
     * kill -9 of the application leaves its PostgreSQL running on the data directory; the next start finds it by the
     * directory's postmaster.pid, stops it and starts (before: pg_ctl refused the directory and the start failed).
     */
    @Test
    void aStartStopsTheServerLeftRunningByAKilledApplication() throws Exception {
        Path dir = temp.resolve("pg");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedServer.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("STARTED")) { /* the server's own log */ }
            assertThat(line).as("the child JVM started its server").startsWith("STARTED");
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hook runs
            app.waitFor(30, TimeUnit.SECONDS);
        }
        ProcessHandle orphan = EmbeddedDatabase.orphanOf(dir).orElseThrow(
                () -> new AssertionError("the killed JVM's server should still be running"));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir, false)) {
            assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
            assertThat(jdbc(database).sql("SELECT 1").query(Integer.class).single()).isEqualTo(1);
        }
    }

    /** Only a postgres serving this very directory is ever signalled: a pid file naming another process is ignored. */
    @Test
    void aPidFileOfAnotherProcessOrDirectoryIsLeftAlone() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("pg"));
        long me = ProcessHandle.current().pid();
        Files.write(dir.resolve("postmaster.pid"), List.of(String.valueOf(me), dir.toString(), "0", "5432"));
        assertThat(EmbeddedDatabase.orphanOf(dir)).as("this JVM is no postgres").isEmpty();
        Files.write(dir.resolve("postmaster.pid"), List.of(String.valueOf(me), temp.resolve("other").toString()));
        assertThat(EmbeddedDatabase.orphanOf(dir)).as("another directory").isEmpty();
    }

    /**
     * Closing the application closes the pool and what uses it first, and the server last: a bean using the pool can
     * still reach the database while it is being destroyed (before: the server stopped first, from a JVM hook).
     */
    @Test
    void theServerStopsAfterThePoolAndItsUsers() {
        // the configuration's own condition reads QUANZE_DB_URL from the environment: this is the embedded mode's test
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("QUANZE_DB_URL") == null, "embedded mode only");
        AtomicReference<Object> atDestroy = new AtomicReference<>();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(QuanzeProperties.class, () -> new QuanzeProperties(temp,
                    new QuanzeProperties.Db(null, null, null, false, 2, Duration.ofSeconds(3), null, null), null, null));
            context.register(DatabaseConfiguration.class);
            context.registerBean("poolUser", DisposableBean.class, () -> {
                DataSource dataSource = context.getBean(DataSource.class);
                return () -> atDestroy.set(JdbcClient.create(dataSource).sql("SELECT 1").query(Integer.class).single());
            });
            context.refresh();
            context.getBean("poolUser");
            EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
            HikariDataSource pool = context.getBean(HikariDataSource.class);
            context.close();
            assertThat(atDestroy.get()).isEqualTo(1);
            assertThat(pool.isClosed()).isTrue();
            assertThat(database.running()).isFalse();
        }
    }

    private static JdbcClient jdbc(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl("postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(1);
        return JdbcClient.create(dataSource);
    }

    private static String show(JdbcClient jdbc, String setting) {
        return jdbc.sql("SHOW " + setting).query(String.class).single();
    }
}
