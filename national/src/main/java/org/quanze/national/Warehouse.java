package org.quanze.national;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Where the provinces' exports lie: one directory (local, {@code hdfs://…} or {@code s3a://…}) holding a Parquet
 * dataset per relation, each partitioned by province the Hive way ({@code case_fact/province=吉/part-….parquet}), so
 * that a province re-exports its own partition without touching the others and a reader sees every province at once,
 * with a {@code province} column.
 */
public record Warehouse(String root) {

    /** Case facts: the columns of the platform's {@code casefile.case_fact}, the ones the catalogue's SQL reads. */
    public static final String CASE_FACT = "case_fact";
    /** Courts: court_code, name, level, parent_code. Court codes (法院代字) are unique in the country. */
    public static final String COURT = "court";
    /** 员额 terms: staff_id, court_code, from_date, to_date. Staff ids are unique only within a province. */
    public static final String QUOTA_TERM = "quota_term";
    /** 院庭长: staff_id of the staff holding a leader post (院长, 副院长, 庭长, 副庭长) at the export. */
    public static final String LEADER = "leader";

    /** The directory of one province's part of a relation. */
    public String partition(String relation, String province) {
        return root + "/" + relation + "/province=" + province;
    }

    /** A relation over every province exported so far. */
    public Dataset<Row> read(SparkSession spark, String relation) {
        return spark.read().parquet(root + "/" + relation);
    }
}
