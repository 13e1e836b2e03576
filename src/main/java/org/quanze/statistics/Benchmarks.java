package org.quanze.statistics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * 全国标杆 — national benchmarks of key indicators, entered as configuration
 * ({@code quanze.statistics.benchmarks.<INDICATOR_CODE>=<value>}, rates as fractions, e.g. {@code CLOSURE_RATE=0.90}),
 * shown beside the court's and the province's value. A code that is not in the catalogue stops the start.
 */
@Component
public class Benchmarks {

    private final Map<String, Double> values;

    public Benchmarks(Environment environment) {
        Map<String, Double> configured = Binder.get(environment)
                .bind("quanze.statistics.benchmarks", Bindable.mapOf(String.class, Double.class)).orElse(Map.of());
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (IndicatorDefinition d : Indicators.ALL) {
            if (configured.containsKey(d.code())) ordered.put(d.code(), configured.get(d.code()));
        }
        for (String code : configured.keySet()) Indicators.get(code); // refuses an unknown code
        this.values = Collections.unmodifiableMap(ordered);
    }

    /** Benchmark per indicator code, in catalogue order; indicators without one are absent. */
    public Map<String, Double> all() {
        return values;
    }

    /** The benchmark as the tables print it (94.40%), or "—". */
    public String display(IndicatorDefinition d) {
        return Figure.display(d.unit(), values.get(d.code()));
    }
}
