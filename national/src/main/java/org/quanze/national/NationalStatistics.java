package org.quanze.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quanze.statistics.Figure;

/**
 * The command line, for {@code spark-submit} on a cluster or {@code java} locally (then Spark runs in-process on
 * every core, {@code local[*]}, unless {@code spark.master} says otherwise):
 * <pre>
 * export  --warehouse DIR --province 吉 [--jdbc URL] [--partitions 8]
 *         the province's database from --jdbc or QUANZE_DB_URL, user and password from QUANZE_DB_USER and
 *         QUANZE_DB_PASSWORD (never on the command line)
 * figures --warehouse DIR --from 2017-01-01 --to 2017-12-31 [--out DIR]
 *         every indicator of the catalogue with 同比 for every court of every exported province and the nation;
 *         written as Parquet to --out (court_code, name, indicator, value, numerator, denominator, previous, change)
 * </pre>
 */
public final class NationalStatistics {

    private NationalStatistics() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 0 || !List.of("export", "figures").contains(args[0])) {
            System.err.println("usage: export --warehouse DIR --province CODE [--jdbc URL] [--partitions N]\n"
                    + "       figures --warehouse DIR --from YYYY-MM-DD --to YYYY-MM-DD [--out DIR]");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        Warehouse warehouse = new Warehouse(required(options, "warehouse"));
        try (SparkSession spark = session("quanze " + args[0])) {
            if (args[0].equals("export")) {
                String url = options.getOrDefault("jdbc", System.getenv("QUANZE_DB_URL"));
                if (url == null) throw new IllegalArgumentException("--jdbc or QUANZE_DB_URL names the province's database");
                ProvinceExport.Exported e = new ProvinceExport(spark, warehouse).export(required(options, "province"), url,
                        System.getenv("QUANZE_DB_USER"), System.getenv("QUANZE_DB_PASSWORD"),
                        Integer.parseInt(options.getOrDefault("partitions", "8")));
                System.out.printf(Locale.ROOT, "exported %s: %d cases, %d courts, %d quota terms, %d leaders in %.1f s "
                        + "(%.0f cases/s) to %s%n", e.province(), e.cases(), e.courts(), e.quotaTerms(), e.leaders(),
                        e.seconds(), e.cases() / e.seconds(), warehouse.partition(Warehouse.CASE_FACT, e.province()));
            } else {
                LocalDate from = LocalDate.parse(required(options, "from"));
                LocalDate to = LocalDate.parse(required(options, "to"));
                NationalFigures.Result r = new NationalFigures(spark, warehouse).compute(from, to);
                System.out.printf(Locale.ROOT, "figures %s…%s with 同比: %d cases, %d courts, %d indicators in %.1f s "
                        + "(%.0f cases/s)%n", from, to, r.cases(), r.courts().size() - 1,
                        r.courts().get(NationalFigures.NATIONAL).figures().size(), r.seconds(), r.cases() / r.seconds());
                print(r.courts().get(NationalFigures.NATIONAL));
                if (options.containsKey("out")) write(spark, r, options.get("out"));
            }
        }
    }

    /** A session on the master spark-submit gives, or in-process on every core. */
    static SparkSession session(String name) {
        SparkConf conf = new SparkConf().setAppName(name);
        if (!conf.contains("spark.master")) conf.setMaster("local[*]").set("spark.ui.enabled", "false");
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private static void print(NationalFigures.CourtFigures row) {
        for (Map.Entry<String, Figure> e : row.figures().entrySet()) {
            Figure f = e.getValue();
            System.out.printf(Locale.ROOT, "  %-30s %12s   previous %12s   change %s%n", e.getKey(), f.value(), f.previous(),
                    f.change());
        }
    }

    private static void write(SparkSession spark, NationalFigures.Result r, String out) {
        StructType schema = new StructType().add("court_code", DataTypes.StringType).add("name", DataTypes.StringType)
                .add("indicator", DataTypes.StringType).add("value", DataTypes.DoubleType)
                .add("numerator", DataTypes.LongType).add("denominator", DataTypes.LongType)
                .add("previous", DataTypes.DoubleType).add("change", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (NationalFigures.CourtFigures c : r.courts().values()) {
            c.figures().forEach((code, f) -> rows.add(RowFactory.create(c.courtCode(), c.name(), code, f.value(),
                    f.numerator(), f.denominator(), f.previous(), f.change())));
        }
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(out);
        System.out.println("written to " + out);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) throw new IllegalArgumentException("bad option " + args[i]);
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String v = options.get(name);
        if (v == null) throw new IllegalArgumentException("--" + name + " is required");
        return v;
    }
}
