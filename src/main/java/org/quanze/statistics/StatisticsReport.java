package org.quanze.statistics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/v1/statistics}: for a court (alone or with the courts under it) and a period, one row
 * per group, each with its indicators' figures and their 同比, and once for all rows how each indicator is read.
 *
 * @param court the requested court's code (e.g. 吉01)
 */
public record StatisticsReport(String court, String courtName, LocalDate from, LocalDate to, boolean subordinates,
        GroupBy groupBy, List<Row> rows) {

    /**
     * @param key   the court code, staff number, case type code, YYYY-MM, or the requested court's code ungrouped
     * @param label what people read: the court's or judge's name
     */
    public record Row(String key, String label, Map<String, Figure> indicators) {
        public Figure figure(String code) { return indicators.get(code); }
    }

    public Row total() { return rows.isEmpty() ? null : rows.get(0); }

    /** How each indicator of the rows is read (said once here rather than in every row's figures). */
    public record Definition(String name, Unit unit, Direction direction, ChangeRule changeRule) {
    }

    /** The indicators of the rows, by code, in catalogue order. */
    @JsonProperty("definitions")
    public Map<String, Definition> definitions() {
        Map<String, Definition> definitions = new LinkedHashMap<>();
        if (rows.isEmpty()) return definitions;
        for (String code : rows.get(0).indicators().keySet()) {
            IndicatorDefinition d = Indicators.get(code);
            definitions.put(code, new Definition(d.chineseName(), d.unit(), d.direction(), d.changeRule()));
        }
        return definitions;
    }
}
