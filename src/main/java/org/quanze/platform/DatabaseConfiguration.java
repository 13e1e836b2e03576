package org.quanze.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One PostgreSQL for the whole platform: the operator's server when {@code QUANZE_DB_URL} is set, otherwise a real
 * PostgreSQL started from the embedded binaries with its files under {@code QUANZE_DATA_DIR/pg}, so a restart keeps
 * everything.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** One embedded server per data directory and JVM: test contexts that share a directory share the server. */
    private static final Map<Path, EmbeddedPostgres> EMBEDDED = new ConcurrentHashMap<>();

    @Bean
    DataSource dataSource(QuanzeProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("quanze");
        config.setMaximumPoolSize(16);
        if (properties.db().external()) {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
            log.info("Using external PostgreSQL at {}", properties.db().url());
        } else {
            Path dir = properties.dataDir().resolve("pg").toAbsolutePath().normalize();
            EmbeddedPostgres pg = EMBEDDED.computeIfAbsent(dir, DatabaseConfiguration::start);
            config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    private static EmbeddedPostgres start(Path dir) {
        try {
            Files.createDirectories(dir.getParent());
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    // the embedded server shares the machine with the app: one worker per core besides the one
                    // running the query (PostgreSQL's default of two measured slower on two cores); room to hash a
                    // province's statistics cells; data in memory rather than re-read
                    .setServerConfig("max_parallel_workers_per_gather", String.valueOf(Math.max(1, CORES - 1)))
                    .setServerConfig("shared_buffers", "256MB")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the server is going away with the JVM
                }
            }));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dir, e);
        }
    }
}
