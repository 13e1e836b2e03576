package org.quanze.evaluation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerGuard;
import org.quanze.evaluation.SubjectKind;
import org.quanze.evaluation.domain.Scheme;
import org.quanze.evaluation.internal.EvaluationReads;
import org.quanze.evaluation.internal.EvaluationRuns;
import org.quanze.evaluation.internal.SchemeStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of 绩效考核: schemes, runs, ranked results, explanations with their cases, objections and the archive. */
@RestController
@RequestMapping("/api/v1/evaluations")
class EvaluationApi {

    private final SchemeStore schemes;
    private final EvaluationRuns runs;
    private final EvaluationReads reads;
    private final PowerGuard guard;
    private final CurrentActor current;

    EvaluationApi(SchemeStore schemes, EvaluationRuns runs, EvaluationReads reads, PowerGuard guard, CurrentActor current) {
        this.schemes = schemes;
        this.runs = runs;
        this.reads = reads;
        this.guard = guard;
        this.current = current;
    }

    @GetMapping("/schemes")
    List<Scheme> schemes() {
        guard.require(Action.VIEW_STATISTICS, org.quanze.authority.PowerContext.court(current.get().courtId()));
        return schemes.all();
    }

    record ComputeRequest(String court, int year, SubjectKind kind, Long schemeId) {
    }

    @PostMapping("/runs")
    EvaluationReads.RunView compute(@RequestBody ComputeRequest request) {
        long id = runs.compute(request.court(), request.year(), request.kind() == null ? SubjectKind.JUDGE : request.kind(),
                request.schemeId());
        return reads.run(id);
    }

    @GetMapping("/runs")
    List<EvaluationReads.RunView> runs() {
        return reads.runs();
    }

    @GetMapping("/runs/{id}")
    EvaluationReads.RunView run(@PathVariable long id) {
        return reads.run(id);
    }

    @GetMapping("/runs/{id}/results")
    List<EvaluationReads.ResultRow> results(@PathVariable long id) {
        return reads.results(id);
    }

    @PostMapping("/runs/{id}/publish")
    EvaluationReads.RunView publish(@PathVariable long id) {
        runs.publish(id);
        return reads.run(id);
    }

    @PostMapping("/runs/{id}/lock")
    EvaluationReads.RunView lock(@PathVariable long id) {
        runs.lock(id);
        return reads.run(id);
    }

    @GetMapping("/results/{id}")
    EvaluationReads.Explanation explanation(@PathVariable long id) {
        return reads.explain(id, current.get());
    }

    @GetMapping("/results/{id}/items/{item}/cases")
    EvaluationReads.ItemCases cases(@PathVariable long id, @PathVariable String item) {
        return reads.cases(id, item, current.get());
    }

    record Input(String item, double value) {
    }

    @PostMapping("/results/{id}/inputs")
    EvaluationReads.Explanation enter(@PathVariable long id, @RequestBody Input input) {
        runs.enter(id, input.item(), input.value());
        return reads.explain(id, current.get());
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

    @PostMapping("/objections/{id}/answer")
    Map<String, Object> answer(@PathVariable long id, @RequestBody Answer answer) {
        runs.answer(id, answer.accept(), answer.item(), answer.points(), answer.reason());
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
