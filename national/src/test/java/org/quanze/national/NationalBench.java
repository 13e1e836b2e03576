package org.quanze.national;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Benchmark only (bin/bench-national; not a test): the national figures over many provinces. Takes the warehouse the
 * integration test left (two provinces), copies it {@code copies} times as as many provinces (province and court
 * codes suffixed with the copy's number, so each copy's courts are courts of their own; one directory per relation), and times
 * {@link NationalFigures#compute} over all of them: one warm-up, then {@code rounds} timed runs, each printed as
 * cases per second.
 * <p>
 * Arguments: baseWarehouse benchDir copies rounds from to [master]
 */
public final class NationalBench {

    public static void main(String[] args) throws Exception {
        Warehouse base = new Warehouse(args[0]);
        Warehouse bench = new Warehouse(args[1] + "/warehouse");
        int copies = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        LocalDate from = LocalDate.parse(args[4]);
        LocalDate to = LocalDate.parse(args[5]);
        try (SparkSession spark = SparkSession.builder().master(args.length > 6 ? args[6] : "local[*]")
                .appName("national-bench").config("spark.ui.enabled", "false")
                .config("spark.sql.warehouse.dir", args[1] + "/spark-warehouse").getOrCreate()) {
            long t0 = System.nanoTime();
            for (String relation : List.of(Warehouse.CASE_FACT, Warehouse.COURT, Warehouse.QUOTA_TERM, Warehouse.LEADER)) {
                // each row once per copy (a cross join with 0 … copies-1), the copy's number appended to its codes;
                // written unpartitioned, the province a column of the files (Warehouse.read sees the same relation)
                Dataset<Row> rows = base.read(spark, relation).crossJoin(spark.range(copies).withColumnRenamed("id", "copy"));
                Column suffix = functions.concat(functions.lit("~"), rows.col("copy").cast("string"));
                for (String code : List.of("province", "court_code", "parent_code")) {
                    if (List.of(rows.columns()).contains(code)) rows = rows.withColumn(code, functions.concat(rows.col(code), suffix));
                }
                rows.drop("copy").write().mode(SaveMode.Overwrite).parquet(bench.root() + "/" + relation);
            }
            long cases = bench.read(spark, Warehouse.CASE_FACT).count();
            System.out.printf(Locale.ROOT, "bench warehouse: %d cases in %d provinces (%.1f s to write, not timed)%n", cases,
                    2 * copies, (System.nanoTime() - t0) / 1e9);
            NationalFigures figures = new NationalFigures(spark, bench);
            figures.compute(from, to); // warm-up
            for (int r = 0; r < rounds; r++) {
                NationalFigures.Result result = figures.compute(from, to);
                System.out.printf(Locale.ROOT, "national-figures-s %.2f  %d cases  %d courts  %.0f cases/s%n", result.seconds(),
                        result.cases(), result.courts().size() - 1, result.cases() / result.seconds());
            }
        }
    }
}
