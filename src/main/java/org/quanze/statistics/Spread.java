package org.quanze.statistics;

/**
 * 人均受案的离散程度 — how unevenly per-judge load is spread between courts ("各地区法院人均受理案件数仍然不均衡"), as
 * the coefficient of variation (population standard deviation ÷ mean) of 人均受案 over the courts that have quota
 * judges.
 */
public record Spread(String code, int courts, Double mean, Double standardDeviation, Double coefficientOfVariation,
        String lowest, String highest) {

    public static Spread of(String code, java.util.List<StatisticsReport.Row> rows) {
        var values = rows.stream().filter(r -> r.figure(code) != null && r.figure(code).value() != null).toList();
        if (values.isEmpty()) return new Spread(code, 0, null, null, null, null, null);
        double mean = values.stream().mapToDouble(r -> r.figure(code).value()).average().orElse(0);
        double variance = values.stream().mapToDouble(r -> Math.pow(r.figure(code).value() - mean, 2)).average().orElse(0);
        double sd = Math.sqrt(variance);
        var byValue = java.util.Comparator.comparingDouble((StatisticsReport.Row r) -> r.figure(code).value());
        return new Spread(code, values.size(), round(mean), round(sd), mean == 0 ? null : ChangeRule.round(sd / mean),
                values.stream().min(byValue).map(StatisticsReport.Row::label).orElse(null),
                values.stream().max(byValue).map(StatisticsReport.Row::label).orElse(null));
    }

    private static Double round(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
