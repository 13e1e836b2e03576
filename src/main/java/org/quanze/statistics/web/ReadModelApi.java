package org.quanze.statistics.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.quanze.statistics.Statistics;
import org.quanze.statistics.StatisticsReadModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations: the statistics read model's state, and its figures compared with PostgreSQL's for a court (by default
 * the province with its courts) — allowed to whoever may see the statistics of every court compared.
 */
@RestController
@RequestMapping("/api/v1/statistics/read-model")
@Tag(name = "统计 Statistics")
class ReadModelApi {

    private final Statistics statistics;
    private final StatisticsReadModel model;
    private final Defaults defaults;

    ReadModelApi(Statistics statistics, StatisticsReadModel model, Defaults defaults) {
        this.statistics = statistics;
        this.model = model;
        this.defaults = defaults;
    }

    @GetMapping
    StatisticsReadModel.State state() {
        statistics.scope(defaults.court(null), false, defaults.from(null), defaults.to(null)); // may see statistics at all
        return model.state();
    }

    @GetMapping("/check")
    StatisticsReadModel.Check check(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "true") boolean subordinates) {
        return model.check(statistics.scope(defaults.court(court), subordinates, defaults.from(from), defaults.to(to)));
    }
}
