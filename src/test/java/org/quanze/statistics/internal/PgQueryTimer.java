package org.quanze.statistics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.Indicators;

/**
 * Benchmark only (used by org.quanze.statistics.bench.DuckDbBench): runs the very query the engine builds for the API
 * ({@link IndicatorEngine#build}, all indicators, one period with its previous year) straight on the app's PostgreSQL
 * through JDBC and times it with its rows fetched, so the API's time can be split into SQL and the rest.
 */
public final class PgQueryTimer {

    /** Milliseconds of one execution (rows fetched, nothing built from them); returns the number of rows in [0]. */
    public static double time(Connection pg, String provinceCode, GroupBy groupBy, LocalDate from, LocalDate to,
            long[] rowsOut) throws Exception {
        Set<Long> courts = new LinkedHashSet<>();
        Set<Long> leaders = new LinkedHashSet<>();
        try (Statement st = pg.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    WITH RECURSIVE sub(id) AS (SELECT id FROM organization.court WHERE code = '%s'
                      UNION ALL SELECT c.id FROM organization.court c JOIN sub ON c.parent_id = sub.id)
                    SELECT id FROM sub""".formatted(provinceCode))) {
                while (rs.next()) courts.add(rs.getLong(1));
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT id FROM organization.staff WHERE posts && ARRAY['PRESIDENT', 'VICE_PRESIDENT', 'DIVISION_CHIEF',
                      'DEPUTY_DIVISION_CHIEF']""")) {
                while (rs.next()) leaders.add(rs.getLong(1));
            }
        }
        IndicatorEngine.Query q = IndicatorEngine.build(Indicators.CASE_FACTS, groupBy, courts, leaders,
                List.of(new IndicatorEngine.Period("", from, to)));
        long start = System.nanoTime();
        boolean auto = pg.getAutoCommit();
        pg.setAutoCommit(false);
        try (Statement st = pg.createStatement(); PreparedStatement ps = pg.prepareStatement(q.sql())) {
            st.execute("SET LOCAL work_mem = '64MB'");
            for (int i = 0; i < q.params().size(); i++) {
                Object p = q.params().get(i);
                ps.setObject(i + 1, p instanceof Long[] ids ? pg.createArrayOf("bigint", ids) : p);
            }
            long rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= n; c++) rs.getObject(c);
                    rows++;
                }
            }
            rowsOut[0] = rows;
        } finally {
            pg.rollback();
            pg.setAutoCommit(auto);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private PgQueryTimer() {
    }
}
