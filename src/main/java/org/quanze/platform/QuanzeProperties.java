package org.quanze.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operator settings (environment variables in brackets): data directory (QUANZE_DATA_DIR), external database
 * (QUANZE_DB_URL, QUANZE_DB_USER, QUANZE_DB_PASSWORD), the connection pool, login lock-out, and the business time zone.
 */
@ConfigurationProperties("quanze")
public record QuanzeProperties(Path dataDir, Db db, Security security, ZoneId zone) {

    /**
     * @param durable the embedded server keeps fsync, synchronous commit and full page writes on (off only in tests)
     * @param poolSize connections in the pool; the web server's threads are bounded to it (server.tomcat.threads.max)
     * @param connectionTimeout how long a request waits for a connection before it is answered 503
     * @param migrationUser the role Flyway migrates an external database as (QUANZE_DB_MIGRATION_USER; default the
     *        application's user): it owns the trail, so the application's user cannot switch its triggers off
     * @param migrationPassword its password (QUANZE_DB_MIGRATION_PASSWORD)
     */
    public record Db(String url, String user, String password, @DefaultValue("true") boolean durable,
            @DefaultValue("24") int poolSize, @DefaultValue("3s") Duration connectionTimeout,
            String migrationUser, String migrationPassword) {
        public boolean external() { return url != null && !url.isBlank(); }
        public boolean separateMigrationUser() { return migrationUser != null && !migrationUser.isBlank(); }
    }

    public record Security(int maxFailedLogins, Duration lockout) {}
}
