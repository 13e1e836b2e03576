package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's role (issue 10): no superuser. It owns the modules' working tables, so what the platform does as
 * an owner keeps working — a large import's VACUUM and index rebuilds. It does not own the permanent records — the
 * trail (see {@code TrailIntegrationTests}), signed deliberation records, supervision and interference records, frozen
 * evaluation archives — so its own credentials can neither switch their guards off nor replace a guard's function.
 */
@QuanzeIntegrationTest
class DatabaseRolesIntegrationTests {

    /** The permanent records: each has a guard trigger refusing UPDATE/DELETE (or once signed) and TRUNCATE. */
    private static final List<String> PERMANENT = List.of("deliberation.record", "deliberation.opinion",
            "deliberation.signature", "supervision.interference_record", "supervision.interference_handling",
            "supervision.supervision_action", "evaluation.archive");

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void theApplicationIsNoSuperuserAndOwnsTheCaseTables() {
        assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class)).isFalse();
        assertThat(jdbc.queryForList("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('casefile', 'organization', 'authority', 'modulith')
                  AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user)""", String.class))
                .as("working tables the application does not own").isEmpty();
    }

    @Test
    void theApplicationCannotSwitchOffNorReplaceTheGuardsOfPermanentRecords() {
        for (String table : PERMANENT) {
            assertThatThrownBy(() -> jdbc.execute("ALTER TABLE " + table + " DISABLE TRIGGER ALL"))
                    .as(table).rootCause().hasMessageContaining("must be owner");
            assertThatThrownBy(() -> jdbc.execute("DROP TABLE " + table + " CASCADE"))
                    .as(table).rootCause().hasMessageContaining("must be owner");
        }
        assertThatThrownBy(() -> jdbc.execute("""
                CREATE OR REPLACE FUNCTION deliberation.refuse_signed_change() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN RETURN NEW; END $$"""))
                .rootCause().hasMessageMatching("(?s).*(must be owner|permission denied).*");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE supervision.interference_record CASCADE"))
                .rootCause().hasMessageContaining("permission denied");
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
