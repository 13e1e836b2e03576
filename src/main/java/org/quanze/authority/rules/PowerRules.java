package org.quanze.authority.rules;

import java.util.List;
import java.util.Optional;
import org.quanze.authority.Action;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The power list as stored in {@code authority.power_rule}. */
@Repository
public class PowerRules {

    private static final String SELECT = """
            SELECT id, code, kind, subject_kind, subject_code, action, condition, description, source, active, version
            FROM authority.power_rule
            """;

    private final JdbcClient jdbc;
    /** The active list, read once and dropped whenever a rule is written (after that transaction ends). */
    private volatile PowerList cached;

    PowerRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PowerRule> all() {
        return jdbc.sql(SELECT + " ORDER BY kind DESC, code").query(PowerRules::map).list();
    }

    public PowerList current() {
        PowerList list = cached;
        if (list == null) {
            list = new PowerList(jdbc.sql(SELECT + " WHERE active ORDER BY code").query(PowerRules::map).list());
            cached = list;
        }
        return list;
    }

    private void forget() {
        cached = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached = null;
                }
            });
        }
    }

    public Optional<PowerRule> byCode(String code) {
        return jdbc.sql(SELECT + " WHERE code = ?").param(code).query(PowerRules::map).optional();
    }

    public void insert(PowerRule r) {
        forget();
        jdbc.sql("""
                INSERT INTO authority.power_rule
                    (code, kind, subject_kind, subject_code, action, condition, description, source, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(r.code(), r.kind().name(), r.subjectKind().name(), r.subjectCode(), r.action().name(),
                        r.condition().name(), r.description(), r.source(), r.active())
                .update();
    }

    /** Optimistic write: false when someone else changed the rule since {@code expectedVersion} was read. */
    public boolean update(PowerRule r, int expectedVersion) {
        forget();
        return jdbc.sql("""
                UPDATE authority.power_rule
                SET kind = ?, subject_kind = ?, subject_code = ?, action = ?, condition = ?, description = ?,
                    source = ?, active = ?, version = version + 1
                WHERE code = ? AND version = ?
                """)
                .params(r.kind().name(), r.subjectKind().name(), r.subjectCode(), r.action().name(),
                        r.condition().name(), r.description(), r.source(), r.active(), r.code(), expectedVersion)
                .update() == 1;
    }

    private static PowerRule map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PowerRule(rs.getLong("id"), rs.getString("code"), PowerRule.Kind.valueOf(rs.getString("kind")),
                SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_code"),
                Action.valueOf(rs.getString("action")), Condition.valueOf(rs.getString("condition")),
                rs.getString("description"), rs.getString("source"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
