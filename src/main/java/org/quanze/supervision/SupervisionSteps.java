package org.quanze.supervision;

import java.time.Instant;
import java.util.List;
import org.quanze.supervision.domain.SupervisionActionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 院庭长监督管理的留痕 — the supervision steps leaders took on a case through the platform (法发〔2015〕13号 第24条), as
 * recorded and never changed. Read by the accountability module for a leader's supervisory responsibility
 * (监督管理责任); the caller has checked its own reader.
 */
@Service
public class SupervisionSteps {

    /** One recorded step: who (staff id, name, post), what kind (its Chinese name), what was said, when. */
    public record Step(long id, Long staffId, String name, String post, String kind, String text, Instant at) {
    }

    private final JdbcClient jdbc;

    SupervisionSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Step> ofCase(String caseNumber) {
        return jdbc.sql("SELECT id, by_staff_id, by_name, by_post, kind, text, at FROM supervision.supervision_action WHERE case_number = ? ORDER BY at, id")
                .param(caseNumber).query((rs, i) -> new Step(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), label(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    private static String label(String kind) {
        try {
            return SupervisionActionKind.valueOf(kind).label();
        } catch (IllegalArgumentException older) {
            return kind;
        }
    }
}
