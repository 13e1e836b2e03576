package org.quanze.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * One PostgreSQL for the whole platform: the operator's server when {@code QUANZE_DB_URL} is set, otherwise a real
 * PostgreSQL started from the embedded binaries with its files under {@code QUANZE_DATA_DIR/pg}, so a restart keeps
 * everything. The pool fails fast: a request waits at most {@code quanze.db.connection-timeout} for a connection and
 * is then answered 503 (see {@link DatabaseUnavailable}); connections are validated before use, so the pool recovers
 * by itself when the database is back.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** The embedded server, a bean the DataSource depends on: the context closes it after the pool. */
    @Bean(destroyMethod = "close")
    @Conditional(Embedded.class)
    EmbeddedDatabase embeddedDatabase(QuanzeProperties properties) {
        return EmbeddedDatabase.start(properties.dataDir().resolve("pg"), properties.db().durable());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(QuanzeProperties properties, Optional<EmbeddedDatabase> embedded) {
        QuanzeProperties.Db db = properties.db();
        HikariConfig config = new HikariConfig();
        config.setPoolName("quanze");
        config.setMaximumPoolSize(db.poolSize());
        config.setConnectionTimeout(db.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(1000, db.connectionTimeout().toMillis()));
        // a connection idle for a while is checked before use and in the background, so one broken by an outage
        // is dropped instead of handed out
        config.setKeepaliveTime(60_000);
        // the pool starts even when the database is not up yet; requests then answer 503 until it is
        config.setInitializationFailTimeout(-1);
        if (embedded.isPresent()) {
            config.setJdbcUrl(embedded.get().jdbcUrl("postgres"));
            config.setUsername(EmbeddedDatabase.APP_ROLE);
        } else {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
            log.info("Using external PostgreSQL at {}", db.url());
        }
        return new HikariDataSource(config);
    }

    /**
     * Flyway migrates as the migration role — the embedded server's superuser, or {@code QUANZE_DB_MIGRATION_USER} on
     * an external one (default: the application's own user, as before) — which keeps the trail; its afterMigrate
     * callback ({@code db/migration/platform/afterMigrate__roles.sql}) hands every other module's schema to the
     * application's role and grants it only SELECT and INSERT on the trail. It runs on every start, so a data
     * directory of an earlier version (everything owned by the superuser) is handed over on its first start.
     */
    @Bean
    FlywayConfigurationCustomizer migrationRole(QuanzeProperties properties, Optional<EmbeddedDatabase> embedded) {
        QuanzeProperties.Db db = properties.db();
        return configuration -> {
            String appRole;
            if (embedded.isPresent()) {
                configuration.dataSource(embedded.get().jdbcUrl("postgres"), EmbeddedDatabase.SUPERUSER, "");
                appRole = EmbeddedDatabase.APP_ROLE;
            } else {
                if (db.separateMigrationUser()) {
                    configuration.dataSource(db.url(), db.migrationUser(), db.migrationPassword());
                }
                appRole = db.user();
            }
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("app_role", appRole);
            configuration.placeholders(placeholders);
        };
    }

    static class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("quanze.db.url");
            return url == null || url.isBlank();
        }
    }
}
