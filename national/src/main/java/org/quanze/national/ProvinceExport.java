package org.quanze.national;

import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.quanze.shared.Post;

/**
 * 省级导出 — one province's case facts, courts, quota terms and leaders, read from its PostgreSQL through JDBC and
 * written as Parquet into the national {@link Warehouse} under {@code province=<code>} (replacing that province's
 * earlier export only). The case facts are the platform's {@code casefile.case_fact} as it is, every column the
 * catalogue's SQL reads; they are read in {@code partitions} slices of the case id, each a JDBC connection of its own.
 * <p>
 * Written with Spark's own JDBC and Parquet writers, so the platform stays free of Parquet and Hadoop libraries: a
 * province runs this against its database (a read-only role is enough), and ships the directory.
 */
public final class ProvinceExport {

    private final SparkSession spark;
    private final Warehouse warehouse;

    public ProvinceExport(SparkSession spark, Warehouse warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    /** What one export wrote. */
    public record Exported(String province, long cases, long courts, long quotaTerms, long leaders, double seconds) {
    }

    /**
     * Exports the province whose high court has code {@code province} (e.g. 吉) from the database at {@code jdbcUrl}.
     */
    public Exported export(String province, String jdbcUrl, String user, String password, int partitions) {
        long start = System.nanoTime();
        Properties db = new Properties();
        db.setProperty("driver", "org.postgresql.Driver");
        db.setProperty("fetchsize", "10000");
        if (user != null) db.setProperty("user", user);
        if (password != null) db.setProperty("password", password);

        Row bounds = spark.read().jdbc(jdbcUrl, "(SELECT coalesce(min(id), 0) AS lo, coalesce(max(id), 0) AS hi "
                + "FROM casefile.case_fact) b", db).first();
        Dataset<Row> cases = spark.read().jdbc(jdbcUrl, "casefile.case_fact", "id", bounds.getLong(0),
                bounds.getLong(1) + 1, Math.max(1, partitions), db);
        long caseCount = write(cases, Warehouse.CASE_FACT, province);

        long courts = write(spark.read().jdbc(jdbcUrl, """
                (SELECT c.code AS court_code, c.name, c.level, p.code AS parent_code
                 FROM organization.court c LEFT JOIN organization.court p ON p.id = c.parent_id) c""", db),
                Warehouse.COURT, province);
        long terms = write(spark.read().jdbc(jdbcUrl, """
                (SELECT s.id AS staff_id, c.code AS court_code, q.from_date, q.to_date
                 FROM organization.quota_term q JOIN organization.staff s ON s.id = q.staff_id
                 JOIN organization.court c ON c.id = s.court_id) q""", db), Warehouse.QUOTA_TERM, province);
        // 院庭长 as the platform takes them for {leader}: the posts held now (Indicators.LEADER_CLOSED's simplification)
        String leaderPosts = Post.LEADERS.stream().map(p -> "'" + p.name() + "'").sorted().collect(Collectors.joining(", "));
        long leaders = write(spark.read().jdbc(jdbcUrl, "(SELECT id AS staff_id FROM organization.staff WHERE posts && ARRAY["
                + leaderPosts + "]::text[]) l", db), Warehouse.LEADER, province);
        return new Exported(province, caseCount, courts, terms, leaders, (System.nanoTime() - start) / 1e9);
    }

    private long write(Dataset<Row> rows, String relation, String province) {
        String path = warehouse.partition(relation, province);
        rows.write().mode(SaveMode.Overwrite).parquet(path);
        return spark.read().parquet(path).count();
    }
}
