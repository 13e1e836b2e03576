package org.quanze;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * One application for all integration and browser tests: a real PostgreSQL (embedded in a fresh directory, or the
 * server named by QUANZE_DB_URL), a small demo province, and fixed passwords. Every test class using it shares the
 * same running context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "quanze.demo.mode=province",
        "quanze.demo.scale=0.2",
        "quanze.demo.cases-per-year=3000",
        "quanze.demo.password=" + QuanzeIntegrationTest.DEMO_PASSWORD,
        "quanze.admin.password=" + QuanzeIntegrationTest.ADMIN_PASSWORD,
        "quanze.security.max-failed-logins=5",
        "quanze.statistics.province-freshness=0s",
        // tests trade PostgreSQL's durability for speed, explicitly (the quick start keeps fsync and synchronous commit)
        "quanze.db.durable=false"})
@ContextConfiguration(initializers = {FreshDataDirectory.class, TestSmtpServer.class, TestSmsPlatform.class})
public @interface QuanzeIntegrationTest {
    String DEMO_PASSWORD = "demo-pass-1";
    String ADMIN_PASSWORD = "root-pass-2026";
}
