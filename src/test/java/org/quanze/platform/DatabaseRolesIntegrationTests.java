package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's role (issue 10): no superuser, yet it owns every module's tables but the trail's, so what the
 * platform does as an owner keeps working — a large import's VACUUM and index rebuilds (the trail's side is in
 * {@code TrailIntegrationTests}).
 */
@QuanzeIntegrationTest
class DatabaseRolesIntegrationTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void theApplicationIsNoSuperuserButOwnsEveryModulesTablesExceptTheTrail() {
        assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class)).isFalse();
        assertThat(jdbc.queryForList("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
                  AND n.nspname NOT IN ('trail', 'flyway_history', 'public', 'information_schema')
                  AND n.nspname NOT LIKE 'pg\\_%' AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user)
                  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i')""", String.class))
                .as("relations the application does not own").isEmpty();
        assertThat(jdbc.queryForList("SELECT relname FROM pg_class WHERE relnamespace = 'trail'::regnamespace AND relkind = 'r'"
                + " AND relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)", String.class))
                .as("trail tables the application owns").isEmpty();
    }

    /** VACUUM by a role that does not own the table only warns ("skipping"); here warnings fail the statement. */
    @Test
    void theApplicationMayVacuumAndAnalyseTheCaseTable() {
        JdbcTemplate strict = new JdbcTemplate(dataSource);
        strict.setIgnoreWarnings(false);
        strict.execute("VACUUM (ANALYZE) casefile.case_file");
        strict.execute("ANALYZE casefile.trial_member");
    }
}
