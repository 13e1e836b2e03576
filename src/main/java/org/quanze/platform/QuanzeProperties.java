package org.quanze.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings (environment variables in brackets): data directory (QUANZE_DATA_DIR), external database
 * (QUANZE_DB_URL, QUANZE_DB_USER, QUANZE_DB_PASSWORD), login lock-out, and the business time zone.
 */
@ConfigurationProperties("quanze")
public record QuanzeProperties(Path dataDir, Db db, Security security, ZoneId zone) {

    public record Db(String url, String user, String password) {
        public boolean external() { return url != null && !url.isBlank(); }
    }

    public record Security(int maxFailedLogins, Duration lockout) {}
}
