package org.quanze.evaluation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.evaluation.SubjectKind;
import org.quanze.evaluation.internal.EvaluationReads;
import org.quanze.evaluation.internal.EvaluationRuns;
import org.quanze.evaluation.internal.SchemeEditor;
import org.quanze.evaluation.internal.SchemeView;
import org.quanze.shared.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of 绩效考核: schemes and their editing, runs, ranked results, explanations with their cases, objections and
 * the archive. A scheme version, a run and a result carry a version (ETag and {@code version}); every change sends the
 * version it read as {@code If-Match} — 428 without it, 409 naming both versions when someone changed it meanwhile.
 */
@RestController
@RequestMapping("/api/v1/evaluations")
class EvaluationApi {

    private final SchemeEditor editor;
    private final EvaluationRuns runs;
    private final EvaluationReads reads;
    private final PowerGuard guard;
    private final CurrentActor current;

    EvaluationApi(SchemeEditor editor, EvaluationRuns runs, EvaluationReads reads, PowerGuard guard, CurrentActor current) {
        this.editor = editor;
        this.runs = runs;
        this.reads = reads;
        this.guard = guard;
        this.current = current;
    }

    private void requireView() {
        guard.require(Action.VIEW_STATISTICS, PowerContext.court(current.get().courtId()));
    }

    private static ResponseEntity<SchemeView> scheme(SchemeView s, boolean created) {
        var builder = created ? ResponseEntity.created(URI.create("/api/v1/evaluations/schemes/" + s.id())) : ResponseEntity.ok();
        return builder.eTag(String.valueOf(s.version())).body(s);
    }

    @GetMapping("/schemes")
    List<SchemeView> schemes() {
        requireView();
        return editor.views();
    }

    @GetMapping("/schemes/{id}")
    ResponseEntity<SchemeView> scheme(@PathVariable long id) {
        requireView();
        return scheme(editor.view(id), false);
    }

    /**
     * Adds an item. Every edit answers with the new version of the scheme — its own id and ETag; the version edited
     * stays as the runs computed with it saw it.
     */
    @PostMapping("/schemes/{id}/items")
    ResponseEntity<SchemeView> addItem(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody SchemeEditor.ItemForm form) {
        return scheme(editor.view(editor.add(id, IfMatch.version(version), form).id()), true);
    }

    @PutMapping("/schemes/{id}/items/{code}")
    ResponseEntity<SchemeView> changeItem(@PathVariable long id, @PathVariable String code,
            @RequestHeader(value = "If-Match", required = false) String version, @RequestBody SchemeEditor.ItemForm form) {
        return scheme(editor.view(editor.change(id, IfMatch.version(version), code, form).id()), false);
    }

    @DeleteMapping("/schemes/{id}/items/{code}")
    ResponseEntity<SchemeView> removeItem(@PathVariable long id, @PathVariable String code,
            @RequestHeader(value = "If-Match", required = false) String version) {
        return scheme(editor.view(editor.remove(id, IfMatch.version(version), code).id()), false);
    }

    record CopyRequest(int year) {
    }

    /** 复制为新年度方案. */
    @PostMapping("/schemes/{id}/copies")
    ResponseEntity<SchemeView> copy(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody CopyRequest request) {
        return scheme(editor.view(editor.copy(id, IfMatch.version(version), request.year()).id()), true);
    }

    record ComputeRequest(String court, int year, SubjectKind kind, Long schemeId) {
    }

    @PostMapping("/runs")
    ResponseEntity<EvaluationReads.RunView> compute(@RequestBody ComputeRequest request) {
        long id = runs.compute(request.court(), request.year(), request.kind() == null ? SubjectKind.JUDGE : request.kind(),
                request.schemeId());
        return run(reads.run(id));
    }

    @GetMapping("/runs")
    List<EvaluationReads.RunView> runs() {
        return reads.runs();
    }

    @GetMapping("/runs/{id}")
    ResponseEntity<EvaluationReads.RunView> run(@PathVariable long id) {
        return run(reads.run(id));
    }

    private static ResponseEntity<EvaluationReads.RunView> run(EvaluationReads.RunView run) {
        return ResponseEntity.ok().eTag(String.valueOf(run.version())).body(run);
    }

    @GetMapping("/runs/{id}/results")
    List<EvaluationReads.ResultRow> results(@PathVariable long id) {
        return reads.results(id);
    }

    @PostMapping("/runs/{id}/publish")
    ResponseEntity<EvaluationReads.RunView> publish(@PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String version) {
        runs.publish(id, IfMatch.version(version));
        return run(reads.run(id));
    }

    @PostMapping("/runs/{id}/lock")
    ResponseEntity<EvaluationReads.RunView> lock(@PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String version) {
        runs.lock(id, IfMatch.version(version));
        return run(reads.run(id));
    }

    @GetMapping("/results/{id}")
    ResponseEntity<EvaluationReads.Explanation> explanation(@PathVariable long id) {
        return explanation(reads.explain(id, current.get()));
    }

    private static ResponseEntity<EvaluationReads.Explanation> explanation(EvaluationReads.Explanation e) {
        return ResponseEntity.ok().eTag(String.valueOf(e.result().version())).body(e);
    }

    @GetMapping("/results/{id}/items/{item}/cases")
    EvaluationReads.ItemCases cases(@PathVariable long id, @PathVariable String item) {
        return reads.cases(id, item, current.get());
    }

    record Input(String item, double value) {
    }

    /** A hand-entered score (主观评分, 调研指导), with the result's version as {@code If-Match}. */
    @PostMapping("/results/{id}/inputs")
    ResponseEntity<EvaluationReads.Explanation> enter(@PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String version, @RequestBody Input input) {
        runs.enter(id, input.item(), input.value(), IfMatch.version(version));
        return explanation(reads.explain(id, current.get()));
    }

    record ObjectionRequest(String item, String reasons) {
    }

    @PostMapping("/results/{id}/objections")
    Map<String, Object> object(@PathVariable long id, @RequestBody ObjectionRequest request) {
        long objection = runs.object(id, request.item(), request.reasons(), current.get());
        return Map.of("id", objection, "resultId", id, "status", "OPEN");
    }

    @GetMapping("/objections")
    List<EvaluationReads.ObjectionView> openObjections() {
        return reads.openObjections(current.get());
    }

    record Answer(boolean accept, String item, BigDecimal points, String reason) {
    }

    /** The office's answer, with the objected result's version ({@code resultVersion}) as {@code If-Match}. */
    @PostMapping("/objections/{id}/answer")
    Map<String, Object> answer(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody Answer answer) {
        runs.answer(id, answer.accept(), answer.item(), answer.points(), answer.reason(), IfMatch.version(version));
        return Map.of("id", id, "status", answer.accept() ? "ACCEPTED" : "REJECTED");
    }

    @GetMapping("/archive")
    List<EvaluationReads.ArchiveEntry> archive(@RequestParam(required = false) Long run) {
        return reads.archive(run, current.get());
    }

    @GetMapping("/archive/{resultId}")
    EvaluationReads.ArchiveEntry archived(@PathVariable long resultId) {
        return reads.archived(resultId, current.get());
    }
}
