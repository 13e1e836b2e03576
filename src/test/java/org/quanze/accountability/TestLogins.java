package org.quanze.accountability;

import org.quanze.deliberation.TestCases;
import org.springframework.jdbc.core.JdbcTemplate;

/** A login for a staff member named by staff number. */
final class TestLogins {

    private TestLogins() {
    }

    static String of(JdbcTemplate jdbc, String staffNo) {
        long id = jdbc.queryForObject("SELECT id FROM organization.staff WHERE staff_no = ?", Long.class, staffNo);
        return TestCases.account(jdbc, id);
    }
}
