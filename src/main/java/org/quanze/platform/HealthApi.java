package org.quanze.platform;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/health}, open to anyone (a load balancer or a monitor): 200 {@code {"status":"UP","database":"UP"}}
 * while the database answers, 503 with {@code "database":"DOWN"} while it does not. Says nothing else.
 */
@RestController
class HealthApi {

    private final DataSource dataSource;

    HealthApi(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping("/api/v1/health")
    ResponseEntity<Map<String, String>> health() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(1);
        } catch (Exception e) {
            up = false;
        }
        return ResponseEntity.status(up ? 200 : 503)
                .header("Cache-Control", "no-store")
                .body(Map.of("status", up ? "UP" : "DOWN", "database", up ? "UP" : "DOWN"));
    }
}
