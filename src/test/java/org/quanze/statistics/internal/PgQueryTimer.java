package org.quanze.statistics.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        List<Long> ids = new ArrayList<>();
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("""
                WITH RECURSIVE sub(id) AS (SELECT id FROM organization.court WHERE code = '%s'
                  UNION ALL SELECT c.id FROM organization.court c JOIN sub ON c.parent_id = sub.id)
                SELECT id FROM sub""".formatted(provinceCode))) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        IndicatorEngine.Query q = IndicatorEngine.build(Indicators.ALL, groupBy, true);
        long start = System.nanoTime();
        try (PreparedStatement ps = pg.prepareStatement(q.sql())) {
            Array courts = pg.createArrayOf("bigint", ids.toArray(Long[]::new));
            Object[] params = {from, to, from.minusYears(1), to.minusYears(1), courts, to, from.minusYears(1)};
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            long rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= n; c++) rs.getObject(c);
                    rows++;
                }
            }
            rowsOut[0] = rows;
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private PgQueryTimer() {
    }
}
