package org.quanze.casefile.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The large way of the history import (a province-year and more: indexes and the members' key rebuilt once, the file
 * copied straight into the case table), taken here with a few rows by lowering its threshold: the cases, their
 * handling judges and 案号 counters are stored as by the ordinary way, the indexes and key are back afterwards, a
 * re-import of the same file changes nothing (it falls back to the staging way), and a file with a bad row stores
 * nothing and names the row.
 */
@QuanzeIntegrationTest
class CaseImportLargeIntegrationTests {

    @Autowired CaseImport imports;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private String judge;

    @BeforeEach
    void takeTheLargeWay() {
        imports.largeImport = 1;
        judge = jdbc.queryForObject("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = '吉0102' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no LIMIT 1""", String.class);
    }

    @AfterEach
    void back() {
        imports.largeImport = 50_000;
    }

    private Http.Response post(String csv) {
        return new Http(port).post("/api/v1/imports/cases", "text/csv", csv.getBytes(StandardCharsets.UTF_8), "admin",
                QuanzeIntegrationTest.ADMIN_PASSWORD);
    }

    /** Index and constraint definitions of the two tables the large way changes. */
    private List<String> structure() {
        return jdbc.queryForList("""
                SELECT indexdef FROM pg_indexes WHERE schemaname = 'casefile' AND tablename IN ('case_file', 'trial_member')
                UNION ALL
                SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid IN ('casefile.case_file'::regclass, 'casefile.trial_member'::regclass)
                UNION ALL
                SELECT tgname || ' ' || tgenabled::text FROM pg_trigger WHERE tgrelid = 'casefile.case_file'::regclass AND NOT tgisinternal
                ORDER BY 1""", String.class);
    }

    @Test
    void aLargeFileGoesStraightIntoTheCaseTableAndTheIndexesComeBack() {
        List<String> before = structure();
        String csv = """
                case_number,court_code,case_type,procedure,cause,filed_on,closed_on,close_method,handler_staff_no,case_flags
                （2009）吉0102民初951号,吉0102,民初,普通程序,民间借贷纠纷,2009-03-01,2009-06-01,判决,%1$s,
                （2009）吉0102民初952号,吉0102,民初,简易程序,离婚纠纷,2009-04-01,,,%1$s,
                （2009）吉0102民初953号,吉0102,民初,普通程序,买卖合同纠纷,2009-05-01,2009-09-01,调解,%1$s,涉外
                """.formatted(judge);
        Http.Response first = post(csv);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"rows\":3", "\"created\":3", "\"updated\":0");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM casefile.case_file c JOIN casefile.trial_member m ON m.case_id = c.id AND m.active
                  AND m.role = 'HANDLING' AND m.staff_id = c.handler_id
                WHERE c.case_number LIKE '（2009）吉0102民初95_号' AND c.imported""", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                SELECT last FROM casefile.case_number_counter WHERE court_code = '吉0102' AND case_type = '民初' AND year = 2009
                """, Integer.class)).isGreaterThanOrEqualTo(953);
        // the case facts go straight in too (民事诉讼法 第287条: 涉外, no limit, no deadline)
        assertThat(jdbc.queryForObject("""
                SELECT coalesce(deadline_on::text, '-') || ' ' || array_to_string(circumstances, ',')
                FROM casefile.case_file WHERE case_number = '（2009）吉0102民初953号'""", String.class)).isEqualTo("- FOREIGN_RELATED");
        assertThat(structure()).isEqualTo(before);
        // the read model's change log was told that everything may have changed
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casefile.case_fact_change WHERE case_id IS NULL", Long.class))
                .isPositive();

        Http.Response again = post(csv);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"rows\":3", "\"created\":0", "\"updated\":0", "\"unchanged\":3");
        assertThat(structure()).isEqualTo(before);
    }

    @Test
    void aLargeFileWithABadRowStoresNothingAndNamesTheRow() {
        List<String> before = structure();
        String csv = """
                case_number,court_code,case_type,procedure,cause,filed_on,closed_on,close_method,handler_staff_no
                （2009）吉0102民初961号,吉0102,民初,普通程序,民间借贷纠纷,2009-03-01,2009-06-01,判决,%1$s
                （2009）吉0102民初962号,吉0102,民初,普通程序,离婚纠纷,2009-13-01,,,%1$s
                """.formatted(judge);
        Http.Response response = post(csv);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("\"row\":2", "filed_on");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casefile.case_file WHERE case_number = '（2009）吉0102民初961号'",
                Long.class)).isZero();
        assertThat(structure()).isEqualTo(before);
    }
}
