package org.quanze.statistics.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quanze.organization.StaffView;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.SituationAnalysis;
import org.quanze.statistics.Spread;
import org.quanze.statistics.Statistics;
import org.quanze.statistics.StatisticsReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of statistics: the caliber, all indicators (grouped or not), court ranking and spread, and the cases behind a figure. */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "统计 Statistics")
class StatisticsApi {

    private final Statistics statistics;
    private final SituationAnalysis analysis;
    private final org.springframework.context.MessageSource messages;
    private final Defaults defaults;
    private final java.time.Clock clock;

    StatisticsApi(Statistics statistics, SituationAnalysis analysis, org.springframework.context.MessageSource messages,
            Defaults defaults, java.time.Clock clock) {
        this.clock = clock;
        this.statistics = statistics;
        this.analysis = analysis;
        this.messages = messages;
        this.defaults = defaults;
    }

    private Statistics.Scope scope(String court, boolean subordinates, LocalDate from, LocalDate to) {
        return statistics.scope(defaults.court(court), subordinates, defaults.from(from), defaults.to(to));
    }

    /** Every indicator (or those named in {@code codes}) with 同比, grouped by court, judge, caseType or month. */
    @GetMapping
    StatisticsReport report(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates, @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) List<String> codes) {
        List<IndicatorDefinition> definitions = codes == null || codes.isEmpty() ? Indicators.ALL
                : codes.stream().map(Indicators::get).toList();
        return statistics.report(scope(court, subordinates, from, to), GroupBy.parse(groupBy), definitions);
    }

    /** 统计口径: 旧存, 新收, 受理, 审结, 未结, 结案率, 人均受案, 人均结案 with 同比. */
    @GetMapping("/caliber")
    StatisticsReport caliber(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates) {
        return statistics.report(scope(court, subordinates, from, to), GroupBy.NONE, Indicators.CALIBER);
    }

    /** The indicator catalogue: each definition with its predicates, unit, direction and period semantics. */
    @GetMapping("/indicators")
    List<IndicatorDefinition> catalogue() {
        return Indicators.ALL;
    }

    record Groups(StatisticsReport report, List<String> ranking, String rankedBy, Spread spread) {}

    /** Rows by court (ranked by {@code rank}, best first), case type, judge or month; by court with the spread of 人均受案. */
    @GetMapping("/groups")
    Groups groups(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "true") boolean subordinates, @RequestParam(defaultValue = "court") String groupBy,
            @RequestParam(defaultValue = "CLOSURE_RATE") String rank, @RequestParam(required = false) List<String> codes) {
        GroupBy by = GroupBy.parse(groupBy);
        Indicators.get(rank);
        List<IndicatorDefinition> definitions = codes == null || codes.isEmpty() ? Indicators.ALL
                : codes.stream().map(Indicators::get).toList();
        StatisticsReport report = statistics.report(scope(court, subordinates, from, to), by, definitions);
        List<String> ranking = report.rows().stream().anyMatch(r -> r.figure(rank) != null)
                ? statistics.ranking(report, rank).stream().map(StatisticsReport.Row::key).toList() : List.of();
        Spread spread = by == GroupBy.COURT ? Spread.of(Indicators.PER_JUDGE_ACCEPTED.code(), report.rows()) : null;
        return new Groups(report, ranking, rank, spread);
    }

    record CaseItem(String caseNumber, String courtCode, String caseType, String procedure, LocalDate filedOn,
            LocalDate closedOn, String closeMethod, String handlerStaffNo, String handlerName, String upperOutcome, Long events) {}

    record CaseList(String code, String part, String court, LocalDate from, LocalDate to, long total, int page, int size,
            List<CaseItem> cases) {}

    /** The cases of a figure's numerator or denominator, paged; narrowed to one group with {@code groupBy} and {@code key}. */
    @GetMapping("/indicators/{code}/cases")
    CaseList cases(@PathVariable String code, @RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates,
            @RequestParam(defaultValue = "numerator") String part, @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String key, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Statistics.Scope scope = scope(court, subordinates, from, to);
        Statistics.Part which = "denominator".equalsIgnoreCase(part) ? Statistics.Part.DENOMINATOR : Statistics.Part.NUMERATOR;
        var cases = statistics.cases(scope, code, which, GroupBy.parse(groupBy), key, page, size);
        Set<Long> handlers = cases.rows().stream().map(r -> r.handlerId()).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, StaffView> staff = statistics.staff(handlers, scope.to());
        List<CaseItem> items = cases.rows().stream().map(r -> {
            StaffView s = r.handlerId() == null ? null : staff.get(r.handlerId());
            return new CaseItem(r.caseNumber(), r.courtCode(), r.caseType(), r.procedure(), r.filedOn(), r.closedOn(),
                    r.closeMethod(), s == null ? null : s.staffNo(), s == null ? null : s.name(), r.upperOutcome(), r.events());
        }).toList();
        return new CaseList(code, which.name().toLowerCase(), scope.court().code(), scope.from(), scope.to(), cases.total(),
                page, size, items);
    }

    /** The situation as .xlsx, a sheet per table, numbers as numbers (the page offers the same file). */
    @GetMapping(value = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates) {
        Statistics.Scope scope = scope(court, subordinates, from, to);
        byte[] bytes = StatisticsPages.workbook(statistics, analysis, scope, messages, java.util.Locale.SIMPLIFIED_CHINESE);
        String name = "statistics-" + scope.from() + "-" + scope.to() + ".xlsx";
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(bytes);
    }

    /** 态势分析报告 as PDF: basic table with 同比, key indicators beside province and benchmark, findings, a summary. */
    @GetMapping(value = "/report.pdf", produces = "application/pdf")
    org.springframework.http.ResponseEntity<byte[]> reportPdf(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates) {
        Statistics.Scope scope = scope(court, subordinates, from, to);
        return SituationReportPdf.download(analysis.of(scope, Indicators.CLOSURE_RATE),
                statistics.report(scope, GroupBy.MONTH, StatisticsPages.MONTHLY), defaults.issuer(scope), messages, clock);
    }
}
