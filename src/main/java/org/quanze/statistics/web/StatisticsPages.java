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
    private final org.quanze.organization.Organization organization;
    private final java.time.Clock clock;

    StatisticsPages(Statistics statistics, SituationAnalysis analysis, Benchmarks benchmarks,
            org.springframework.context.MessageSource messages, Defaults defaults,
            org.quanze.organization.Organization organization, java.time.Clock clock) {
        this.organization = organization;
        this.clock = clock;
        this.statistics = statistics;
        this.analysis = analysis;
        this.benchmarks = benchmarks;
        this.messages = messages;
        this.defaults = defaults;
    }

    /** The columns of the court ranking besides the ranked indicator (those the situation computes per court). */
    static final List<IndicatorDefinition> RANKING_COLUMNS = List.of(Indicators.ACCEPTED, Indicators.CLOSED,
            Indicators.CLOSURE_RATE, Indicators.PER_JUDGE_ACCEPTED, Indicators.PER_JUDGE_CLOSED);

    /** What the monthly trend needs: 旧存 once at the start, then 新收 and 审结 per month. */
    static final List<IndicatorDefinition> MONTHLY = List.of(Indicators.OLD_PENDING, Indicators.NEWLY_FILED, Indicators.CLOSED);

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
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Statistics.Scope scope = statistics.scope(defaults.court(court), subordinates, defaults.from(from), defaults.to(to));
        IndicatorDefinition rankedBy = Indicators.get(rank);
        Situation situation = analysis.of(scope, rankedBy);
        StatisticsReport months = statistics.report(scope, GroupBy.MONTH, MONTHLY);
        GroupBy grouping = GroupBy.parse(groupBy);
        StatisticsReport grouped = grouping == GroupBy.NONE || grouping == GroupBy.MONTH ? null
                : statistics.report(scope, grouping, Indicators.CALIBER);
        model.addAttribute("groupings", GroupBy.CHOICES);
        model.addAttribute("grouping", grouping);
        model.addAttribute("grouped", grouped == null ? null : GroupedTable.of(grouped,
                grouping == GroupBy.JUDGE && scope.courtIds().size() > 1 ? courtsOfJudges(grouped, scope) : Map.of(),
                sort, desc, q, page));
        String groupQuery = query(scope) + "&rank=" + enc(rankedBy.code()) + "&groupBy=" + enc(grouping.spelling())
                + (q == null || q.isBlank() ? "" : "&q=" + enc(q.strip()));
        model.addAttribute("groupQuery", groupQuery);
        model.addAttribute("previousEmpty", NoData.previous(situation.total()));
        model.addAttribute("scope", scope);
        model.addAttribute("courts", statistics.courtsInScope());
        model.addAttribute("total", situation.total());
        model.addAttribute("province", situation.province());
        model.addAttribute("provinceName", statistics.province(scope).court().name());
        model.addAttribute("benchmarks", benchmarks);
        model.addAttribute("caliber", Indicators.CALIBER);
        // 主要指标, then 审判流程公开 (the portal's events) in a table of its own
        model.addAttribute("keyTables", List.of(
                Map.entry("stat.key", Indicators.KEY_CASE_FACTS),
                Map.entry("stat.processDisclosure", Indicators.PROCESS_DISCLOSURE)));
        model.addAttribute("rankable", Indicators.ALL);
        model.addAttribute("rankedBy", rankedBy);
        model.addAttribute("rateUnit", org.quanze.statistics.Unit.RATE);
        model.addAttribute("perJudgeUnit", org.quanze.statistics.Unit.PER_JUDGE);
        model.addAttribute("months", months.rows());
        model.addAttribute("ranking", situation.ranking());
        // the ranked indicator has its own column: not repeated among the fixed ones
        model.addAttribute("rankingColumns", RANKING_COLUMNS.stream().filter(d -> !d.equals(rankedBy)).toList());
        model.addAttribute("spread", situation.spread());
        model.addAttribute("findings", situation.findings());
        model.addAttribute("query", query(scope));
        model.addAttribute("trendJson", MonthlyTrend.of(months).json());
        model.addAttribute("rankingJson", rankingJson(situation.ranking(), rankedBy, situation.province()));
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

    /** The situation as .xlsx: a sheet per table, numbers as numbers, headers in the reader's language. */
    @GetMapping("/statistics/export.xlsx")
    void export(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates, java.util.Locale locale,
            HttpServletResponse response) throws IOException {
        Statistics.Scope scope = statistics.scope(defaults.court(court), subordinates, defaults.from(from), defaults.to(to));
        byte[] bytes = workbook(statistics, analysis, scope, messages, locale);
        String name = "态势分析-" + scope.court().code() + "-" + scope.from() + "-" + scope.to() + ".xlsx";
        xlsx(response, name, bytes);
    }

    /** The cases of a figure (all pages) as .xlsx, in the same data scope as the list. */
    @GetMapping("/statistics/cases.xlsx")
    void exportCases(@RequestParam String code, @RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates, @RequestParam(defaultValue = "numerator") String part,
            @RequestParam(required = false) String groupBy, @RequestParam(required = false) String key,
            java.util.Locale locale, HttpServletResponse response) throws IOException {
        Statistics.Scope scope = statistics.scope(defaults.court(court), subordinates, defaults.from(from), defaults.to(to));
        Statistics.Part which = "denominator".equalsIgnoreCase(part) ? Statistics.Part.DENOMINATOR : Statistics.Part.NUMERATOR;
        byte[] bytes = CaseListWorkbook.write(statistics, scope, code, which, GroupBy.parse(groupBy), key,
                new SituationReportPdf.Text(messages, locale));
        xlsx(response, "案件清单-" + code + "-" + scope.court().code() + "-" + scope.from() + "-" + scope.to() + ".xlsx", bytes);
    }

    /** The workbook of a scope: the situation ranked by 结案率 and its months (the page and the API give the same file). */
    static byte[] workbook(Statistics statistics, SituationAnalysis analysis, Statistics.Scope scope,
            org.springframework.context.MessageSource messages, java.util.Locale locale) {
        StatisticsReport months = statistics.report(scope, GroupBy.MONTH, MONTHLY);
        return BasicTableWorkbook.write(analysis.of(scope, Indicators.CLOSURE_RATE), months, messages, locale);
    }

    private static void xlsx(HttpServletResponse response, String name, byte[] bytes) throws IOException {
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
        return SituationReportPdf.download(analysis.of(scope, Indicators.CLOSURE_RATE),
                statistics.report(scope, GroupBy.MONTH, MONTHLY), defaults.issuer(scope), messages, clock);
    }

    static String query(Statistics.Scope scope) {
        return "court=" + enc(scope.court().code()) + "&from=" + scope.from() + "&to=" + scope.to()
                + "&subordinates=" + scope.subordinates();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The ranked courts, best first, with the province's value to draw as a reference line. */
    private static Map<String, Object> rankingJson(List<StatisticsReport.Row> ranking, IndicatorDefinition by,
            StatisticsReport.Row province) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("courts", ranking.stream().map(StatisticsReport.Row::label).toList());
        data.put("values", ranking.stream().map(r -> r.figure(by.code()).value()).toList());
        data.put("rate", by.unit() == org.quanze.statistics.Unit.RATE);
        data.put("province", province == null || province.figure(by.code()) == null ? null : province.figure(by.code()).value());
        return data;
    }

    /** The name of each judge's court (by staff number), for the court column of a report by judge. */
    private Map<String, String> courtsOfJudges(StatisticsReport report, Statistics.Scope scope) {
        Map<String, Long> ids = organization.staffIdsByNumber();
        Set<Long> wanted = report.rows().stream().map(r -> ids.get(r.key())).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> courtNames = organization.courts().stream()
                .collect(Collectors.toMap(org.quanze.organization.CourtView::id, org.quanze.organization.CourtView::name));
        Map<String, String> courts = new java.util.HashMap<>();
        statistics.staff(wanted, scope.to()).values()
                .forEach(s -> courts.put(s.staffNo(), courtNames.getOrDefault(s.courtId(), s.courtCode())));
        return courts;
    }
}
