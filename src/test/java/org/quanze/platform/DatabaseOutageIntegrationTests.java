package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform and its database: an outage answers 503 (never 401) and passes by itself when the database is back;
 * many readers at once never starve the pool into 500s or 401s.
 */
@QuanzeIntegrationTest
class DatabaseOutageIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired ObjectProvider<EmbeddedDatabase> embedded;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void aDatabaseOutageAnswers503AndThePlatformRecoversWhenTheDatabaseIsBack() throws Exception {
        EmbeddedDatabase database = embedded.getIfAvailable();
        assumeTrue(database != null, "the outage is staged on the embedded server");
        Http http = new Http(port);
        assertThat(http.get("/api/v1/me", "judge", PW).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/health", null, null).body()).contains("\"database\":\"UP\"");

        database.stop();
        try {
            Http.Response me = http.get("/api/v1/me", "judge", PW);
            assertThat(me.status()).as("an outage is no reason to ask for the password again").isEqualTo(503);
            assertThat(me.contentType()).startsWith("application/problem+json");
            assertThat(me.body()).contains("服务暂不可用").doesNotContain("需要登录");
            Http.Response health = http.get("/api/v1/health", null, null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).contains("\"database\":\"DOWN\"");
        } finally {
            database.start();
        }

        Http.Response again = null;
        for (int i = 0; i < 30; i++) { // the pool replaces its broken connections by itself
            again = http.get("/api/v1/me", "judge", PW);
            if (again.status() == 200) break;
            Thread.sleep(1000);
        }
        assertThat(again.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/health", null, null).status()).isEqualTo(200);
    }

    /** Issue 11: 50 concurrent readers of one case got 500s and 401s (connections starved); none may now. */
    @Test
    void fiftyConcurrentReadersOfACaseGetNoErrors() throws Exception {
        String number = jdbc.queryForObject("""
                SELECT c.case_number FROM casefile.case_file c JOIN authority.account a ON a.staff_id = c.handler_id
                WHERE a.username = 'judge' ORDER BY c.id LIMIT 1""", String.class);
        String path = "/api/v1/cases/" + Http.encode(number);
        Http http = new Http(port);
        assertThat(http.get(path, "judge", PW).status()).isEqualTo(200);

        ExecutorService readers = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 500; i++) answers.add(readers.submit(() -> new Http(port).get(path, "judge", PW).status()));
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<Integer> answer : answers) byStatus.merge(answer.get(), 1, Integer::sum);
            assertThat(byStatus).containsOnlyKeys(200);
        } finally {
            readers.shutdownNow();
        }
    }
}
