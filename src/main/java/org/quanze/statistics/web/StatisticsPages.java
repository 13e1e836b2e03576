package org.quanze.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quanze.authority.Action;
import org.quanze.authority.MenuEntry;
import org.quanze.organization.StaffView;
import org.quanze.statistics.Benchmarks;
import org.quanze.statistics.SituationAnalysis;
import org.quanze.statistics.SituationAnalysis.Situation;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.Statistics;
import org.quanze.statistics.StatisticsReport;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 态势分析 page: basic figures with 同比, key indicators, monthly trend, court ranking, findings, drill-down and .xlsx export. */
@Controller
class StatisticsPages {

    private final Statistics statistics;
    private final SituationAnalysis analysis;
    private final Benchmarks benchmarks;
    private final org.springframework.context.MessageSource messages;
    private final Defaults defaults;

    StatisticsPages(Statistics statistics, SituationAnalysis analysis, Benchmarks benchmarks,
            org.springframework.context.MessageSource messages, Defaults defaults) {
        this.statistics = statistics;
        this.analysis = analysis;
        this.benchmarks = benchmarks;
        this.messages = messages;
        this.defaults = defaults;
    }

    @Bean
    static MenuEntry statisticsMenu() {
        return new MenuEntry(30, "nav.statistics", "/statistics", Action.VIEW_STATISTICS);
    }

    @GetMapping("/statistics")
    String analysis(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates,
            @RequestParam(defaultValue = "CLOSURE_RATE") String rank, @RequestParam(required = false) String groupBy,
            Model model) {
        Statistics.Scope scope = statistics.scope(defaults.court(court), subordinates, defaults.from(from), defaults.to(to));
        IndicatorDefinition rankedBy = Indicators.get(rank);
        Situation situation = analysis.of(scope, rankedBy);
        StatisticsReport months = statistics.report(scope, GroupBy.MONTH, List.of(Indicators.NEWLY_FILED,
                Indicators.CLOSED, Indicators.CLOSURE_RATE));
        GroupBy grouping = GroupBy.parse(groupBy);
        StatisticsReport grouped = grouping == GroupBy.NONE || grouping == GroupBy.MONTH ? null
                : statistics.report(scope, grouping, Indicators.CALIBER);
        model.addAttribute("groupings", GroupBy.CHOICES);
        model.addAttribute("grouping", grouping);
        model.addAttribute("grouped", grouped == null ? List.of() : grouped.rows());
        model.addAttribute("scope", scope);
        model.addAttribute("courts", statistics.courtsInScope());
        model.addAttribute("total", situation.total());
        model.addAttribute("province", situation.province());
        model.addAttribute("provinceName", statistics.province(scope).court().name());
        model.addAttribute("benchmarks", benchmarks);
        model.addAttribute("caliber", Indicators.CALIBER);
        model.addAttribute("keyIndicators", Indicators.KEY);
        model.addAttribute("rankable", Indicators.ALL);
        model.addAttribute("rankedBy", rankedBy);
        model.addAttribute("rateUnit", org.quanze.statistics.Unit.RATE);
        model.addAttribute("perJudgeUnit", org.quanze.statistics.Unit.PER_JUDGE);
        model.addAttribute("months", months.rows());
        model.addAttribute("ranking", situation.ranking());
        model.addAttribute("spread", situation.spread());
        model.addAttribute("findings", situation.findings());
        model.addAttribute("query", query(scope));
        model.addAttribute("trendJson", trend(months));
        model.addAttribute("rankingJson", rankingJson(situation.ranking(), rankedBy));
        return "statistics/analysis";
    }

    @GetMapping("/statistics/cases")
    String cases(@RequestParam String code, @RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates, @RequestParam(defaultValue = "numerator") String part,
            @RequestParam(required = false) String groupBy, @RequestParam(required = false) String key,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Statistics.Scope scope = statistics.scope(defaults.court(court), subordinates, defaults.from(from), defaults.to(to));
        Statistics.Part which = "denominator".equalsIgnoreCase(part) ? Statistics.Part.DENOMINATOR : Statistics.Part.NUMERATOR;
        int size = 100;
        var cases = statistics.cases(scope, code, which, GroupBy.parse(groupBy), key, page, size);
        Set<Long> handlers = cases.rows().stream().map(r -> r.handlerId()).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, StaffView> staff = statistics.staff(handlers, scope.to());
        model.addAttribute("scope", scope);
        model.addAttribute("definition", Indicators.get(code));
        model.addAttribute("part", which.name().toLowerCase());
        model.addAttribute("cases", cases);
        model.addAttribute("staff", staff);
        model.addAttribute("page", page);
        model.addAttribute("lastPage", (cases.total() - 1) / size);
        model.addAttribute("query", query(scope) + (groupBy == null ? "" : "&groupBy=" + enc(groupBy))
                + (key == null ? "" : "&key=" + enc(key)));
        return "statistics/cases";
    }

    /** The basic table as .xlsx, in the layout of Chinese court statistics (项目 × 本期, 去年同期, 同比). */
    @GetMapping("/statistics/export.xlsx")
    void export(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates, HttpServletResponse response) throws IOException {
        Statistics.Scope scope = statistics.scope(defaults.court(court), subordinates, defaults.from(from), defaults.to(to));
        StatisticsReport report = statistics.report(scope, GroupBy.NONE, Indicators.ALL);
        byte[] bytes = BasicTableWorkbook.write(report);
        String name = "态势分析-" + scope.court().code() + "-" + scope.from() + "-" + scope.to() + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + enc(name));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The 态势分析报告 as PDF (the page's button; the API offers the same file). */
    @GetMapping("/statistics/report.pdf")
    org.springframework.http.ResponseEntity<byte[]> reportPdf(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates) {
        Statistics.Scope scope = statistics.scope(defaults.court(court), subordinates, defaults.from(from), defaults.to(to));
        return SituationReportPdf.download(analysis.of(scope, Indicators.CLOSURE_RATE), messages);
    }

    static String query(Statistics.Scope scope) {
        return "court=" + enc(scope.court().code()) + "&from=" + scope.from() + "&to=" + scope.to()
                + "&subordinates=" + scope.subordinates();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, Object> trend(StatisticsReport months) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", months.rows().stream().map(StatisticsReport.Row::key).toList());
        data.put("filed", months.rows().stream().map(r -> r.figure("NEWLY_FILED").value()).toList());
        data.put("closed", months.rows().stream().map(r -> r.figure("CLOSED").value()).toList());
        data.put("rate", months.rows().stream().map(r -> r.figure("CLOSURE_RATE").value()).toList());
        return data;
    }

    private static Map<String, Object> rankingJson(List<StatisticsReport.Row> ranking, IndicatorDefinition by) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("courts", ranking.stream().map(StatisticsReport.Row::label).toList());
        data.put("values", ranking.stream().map(r -> r.figure(by.code()).value()).toList());
        data.put("rate", by.unit() == org.quanze.statistics.Unit.RATE);
        return data;
    }
}
