package org.quanze.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.review.domain.Flaw;
import org.quanze.review.domain.ReviewKind;
import org.quanze.review.domain.ReviewStatus;
import org.quanze.review.domain.SelfOrCross;
import org.quanze.review.internal.LedgerImport;
import org.quanze.review.internal.ReviewDesk;
import org.quanze.review.internal.ReviewTables;
import org.quanze.review.internal.ReviewTasks;
import org.quanze.review.internal.ReviewLists;
import org.quanze.review.internal.ReviewerPool;
import org.quanze.review.internal.RoutineChecks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of case quality review (案件评查): reviews and their steps, the review tables, the ledger import. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "案件评查 Case quality review")
class ReviewApi {

    private final ReviewDesk desk;
    private final ReviewTables tables;
    private final LedgerImport ledger;
    private final RoutineChecks routine;
    private final ReviewTasks tasks;
    private final ReviewerPool pool;
    private final ReviewLists lists;

    ReviewApi(ReviewDesk desk, ReviewTables tables, LedgerImport ledger, RoutineChecks routine, ReviewTasks tasks, ReviewerPool pool,
            ReviewLists lists) {
        this.lists = lists;
        this.tasks = tasks;
        this.pool = pool;
        this.desk = desk;
        this.tables = tables;
        this.ledger = ledger;
        this.routine = routine;
    }

    record Enrolment(String caseNumber, ReviewKind kind, SelfOrCross selfOrCross, String reason) {}
    record Reviewer(int version, String staffNo) {}
    /** {@code proposedExcellent} may be left out (false). */
    record Conclusion(int version, Map<String, String> findings, Boolean proposedExcellent, String report, String suspectedViolation) {}
    record Text(int version, String text) {}
    record Recusal(String caseNumber, String reason) {}
    record Version(int version) {}
    record Petition(String caseNumber, String reference) {}
    record RuleChange(int version, String description, String source, Integer days, Integer fixDays, boolean active) {}
    record RuleNew(String code, org.quanze.review.domain.RoutineCheck kind, String description, String source, Integer days,
            Integer fixDays, boolean active) {}
    record TaskChange(int version, String title, LocalDate deadline) {}
    record Listing(long reviewId, org.quanze.review.domain.PublishedList list, String note) {}
    /** A reviewer's pool entry as changed: {@code active} false withdraws him. */
    record PoolChange(int version, java.util.Set<org.quanze.review.domain.ReviewerSpecialty> specialties, boolean thirdParty,
            String organisation, Boolean active) {}
    record Created(long id) {}
    record Detail(ReviewDesk.Review review, List<ReviewDesk.Finding> findings) {}
    /** A row of the tables as issue 13 specifies it: key, label, figures. */
    record StatisticsRow(String key, String label, Map<String, Long> figures, Map<Integer, Long> reversedByYear) {}
    record Statistics(String court, LocalDate from, LocalDate to, List<StatisticsRow> rows) {}

    @GetMapping("/reviews")
    List<ReviewDesk.Review> list(@RequestParam(required = false) ReviewStatus status) {
        return desk.visible(status, 500);
    }

    @GetMapping("/reviews/{id}")
    Detail detail(@PathVariable long id) {
        return new Detail(desk.get(id), desk.findings(id));
    }

    @GetMapping("/reviews/flaws")
    List<Flaw> flaws() {
        return List.copyOf(desk.catalogue().values());
    }

    @Operation(summary = "纳入评查（常规、重点、专项、文书；文书评查注明自查或互查）")
    @PostMapping("/reviews")
    Created enrol(@RequestBody Enrolment body) {
        return new Created(desk.enrol(body.caseNumber(), body.kind(), body.selfOrCross(), body.reason()));
    }

    @Operation(summary = "分派评查人（回避规则 C1–C4 拒绝时以 409 说明所依据的规则）")
    @PostMapping("/reviews/{id}/reviewer")
    ReviewDesk.Review assign(@PathVariable long id, @RequestBody Reviewer body) {
        return desk.assign(id, body.version(), body.staffNo());
    }

    @Operation(summary = "评查人提交评查表与评查报告（结果由瑕疵按规则 U1、U2、F1、E1、Q1 得出）")
    @PostMapping("/reviews/{id}/conclusion")
    ReviewDesk.Review conclude(@PathVariable long id, @RequestBody Conclusion body) {
        Map<String, String> findings = body.findings() == null ? Map.of() : new LinkedHashMap<>(body.findings());
        return desk.conclude(id, body.version(), new ReviewDesk.Conclusion(findings, Boolean.TRUE.equals(body.proposedExcellent()), body.report(),
                body.suspectedViolation()));
    }

    @PostMapping("/reviews/{id}/answer")
    ReviewDesk.Review answer(@PathVariable long id, @RequestBody Text body) {
        return desk.answer(id, body.version(), body.text());
    }

    @Operation(summary = "申请双向评查（被评查案件所在法院向上一级法院申请）")
    @PostMapping("/reviews/{id}/two-way")
    ReviewDesk.Review twoWay(@PathVariable long id, @RequestBody Text body) {
        return desk.applyTwoWay(id, body.version(), body.text());
    }

    @Operation(summary = "评查争议提交审判委员会研究")
    @PostMapping("/reviews/{id}/committee")
    ReviewDesk.Review committee(@PathVariable long id, @RequestBody Text body) {
        return desk.referToCommittee(id, body.version(), body.text());
    }

    @Operation(summary = "从案件库登记应纳入重点评查的发改指案件（历史导入的案件没有结果事件）")
    @PostMapping("/reviews/candidates")
    Map<String, Integer> registerCandidates() {
        return Map.of("registered", desk.registerCandidatesFromCaseFile());
    }

    @Operation(summary = "常规评查：对本院及下级法院案件运行常规评查规则（R-01 逾期未归档、R-02 超审限未延长、R-03 判决逾期未上网）")
    @PostMapping("/reviews/routine-checks")
    RoutineChecks.Run runRoutineChecks(@RequestParam String court) {
        return routine.run(court);
    }

    @GetMapping("/reviews/routine-findings")
    List<RoutineChecks.Finding> routineFindings() {
        return routine.visible(500);
    }

    @PostMapping("/reviews/routine-findings/{id}/answer")
    RoutineChecks.Finding answerRoutineFinding(@PathVariable long id, @RequestBody Text body) {
        return routine.answer(id, body.text());
    }

    @Operation(summary = "布置专项评查或上网裁判文书评查任务（范围、抽查数量、期限；抽中的案件即纳入评查）")
    @PostMapping("/reviews/tasks")
    ReviewTasks.Created task(@RequestBody ReviewTasks.Task body) {
        return tasks.create(body);
    }

    @Operation(summary = "信访案件纳入重点评查（记入应纳入评查与纳入评查；已在重点评查中的 409）")
    @PostMapping("/reviews/petitions")
    Created enrolPetition(@RequestBody Petition body) {
        return new Created(desk.enrolPetition(body.caseNumber(), body.reference()));
    }

    @GetMapping("/reviews/routine-rules")
    List<RoutineChecks.Rule> routineRules() {
        return routine.rules();
    }

    @Operation(summary = "修改常规评查规则（期限天数、整改期限、是否运行；按所见版本，过期修改 409；高级法院审管办）")
    @PutMapping("/reviews/routine-rules/{code}")
    RoutineChecks.Rule changeRoutineRule(@PathVariable String code, @RequestBody RuleChange body) {
        return routine.change(code, body.version(), new RoutineChecks.RuleEdit(body.description(), body.source(), body.days(),
                body.fixDays(), body.active()));
    }

    @Operation(summary = "新增常规评查规则（检查内容为平台已实现的种类之一）")
    @PostMapping("/reviews/routine-rules")
    RoutineChecks.Rule addRoutineRule(@RequestBody RuleNew body) {
        return routine.add(body.code(), body.kind(), new RoutineChecks.RuleEdit(body.description(), body.source(), body.days(),
                body.fixDays(), body.active()));
    }

    @GetMapping("/reviews/tasks")
    List<ReviewTasks.TaskView> tasks() {
        return tasks.visible();
    }

    @Operation(summary = "修改评查任务的名称或完成期限（按所见版本，过期修改 409）")
    @PutMapping("/reviews/tasks/{id}")
    ReviewTasks.TaskView changeTask(@PathVariable long id, @RequestBody TaskChange body) {
        return tasks.change(id, body.version(), body.title(), body.deadline());
    }

    @GetMapping("/reviews/lists")
    List<ReviewLists.Entry> lists() {
        return lists.visible();
    }

    @Operation(summary = "发布优秀案件、好文书或差文书名单（规则 L1–L3：名单须与评查表一致）")
    @PostMapping("/reviews/lists")
    ReviewLists.Entry publish(@RequestBody Listing body) {
        return lists.publish(body.reviewId(), body.list(), body.note());
    }

    @GetMapping("/reviews/pool")
    List<ReviewerPool.Reviewer> pool() {
        return pool.visible();
    }

    @Operation(summary = "推荐评查人进入评查人才库（专长按案件类别；第三方评查人须写明所在单位）")
    @PostMapping("/reviews/pool")
    ReviewerPool.Reviewer recommend(@RequestBody ReviewerPool.Entry body) {
        return pool.recommend(body);
    }

    @Operation(summary = "修改评查人的专长、第三方身份或停用（按所见版本，过期修改 409）")
    @PutMapping("/reviews/pool/{id}")
    ReviewerPool.Reviewer changeReviewer(@PathVariable long id, @RequestBody PoolChange body) {
        return pool.change(id, body.version(), new ReviewerPool.Entry(null, body.specialties(), body.thirdParty(), body.organisation()),
                !Boolean.FALSE.equals(body.active()));
    }

    @Operation(summary = "均衡分派评查人：从评查法院及下级法院的评查人才库中选择专长相符、无回避情形、在办评查最少的评查人")
    @PostMapping("/reviews/{id}/reviewer/balanced")
    ReviewerPool.Balanced assignBalanced(@PathVariable long id, @RequestBody Version body) {
        return pool.assignBalanced(id, body.version());
    }

    @PostMapping("/reviews/recusals")
    void recuse(@RequestBody Recusal body) {
        desk.declareRecusal(body.caseNumber(), body.reason());
    }

    @Operation(summary = "重点案件评查情况统计表（图表 3.1）与台账表（图表 3.2）：每个中级法院及下辖法院一行，首行合计")
    @GetMapping("/reviews/statistics")
    Statistics statistics(@RequestParam String court, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReviewTables.Table t = tables.keyReviews(court, from, to);
        return new Statistics(t.court(), t.from(), t.to(), t.rows().stream()
                .map(r -> new StatisticsRow(r.key(), r.label(), r.figures(), r.reversedByYear())).toList());
    }

    @Operation(summary = "上网裁判文书评查：按评查法院层级的自查、互查文书数")
    @GetMapping("/reviews/statistics/documents")
    List<ReviewTables.DocumentRow> documents(@RequestParam String court,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return tables.documents(court, from, to);
    }

    @Operation(summary = "导入评查台账（UTF-8 CSV 或 .xlsx；全部成功或全部不保存，逐行指明错误；重复导入不重复记录）")
    @PostMapping(path = "/imports/reviews", consumes = {"text/csv", "text/plain", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    LedgerImport.Result importLedger(@RequestBody byte[] body, @RequestParam(defaultValue = "reviews.csv") String fileName) {
        return ledger.run(body, fileName);
    }

    @PostMapping(path = "/imports/reviews", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    LedgerImport.Result importLedgerForm(@RequestPart("file") MultipartFile file) throws IOException {
        return ledger.run(file.getBytes(), file.getOriginalFilename());
    }
}
