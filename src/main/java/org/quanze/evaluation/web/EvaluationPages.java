package org.quanze.evaluation.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.authority.WorkbenchPanel;
import org.quanze.evaluation.SubjectKind;
import org.quanze.evaluation.internal.EvaluationReads;
import org.quanze.evaluation.internal.EvaluationRuns;
import org.quanze.evaluation.internal.SchemeStore;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 绩效考核 pages: runs and schemes, a run's ranked results, a person's explanation and objection, the queue, the archive. */
@Controller
class EvaluationPages {

    private final SchemeStore schemes;
    private final EvaluationRuns runs;
    private final EvaluationReads reads;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final Clock clock;

    EvaluationPages(SchemeStore schemes, EvaluationRuns runs, EvaluationReads reads, PowerGuard guard, CurrentActor current,
            Clock clock) {
        this.schemes = schemes;
        this.runs = runs;
        this.reads = reads;
        this.guard = guard;
        this.current = current;
        this.clock = clock;
    }

    @Bean
    static MenuEntry evaluationMenu() {
        return new MenuEntry(35, "nav.evaluation", "/evaluations", Action.VIEW_STATISTICS);
    }

    /** My draft awaiting my review, and for the 审管办 the objections awaiting an answer. */
    @Bean
    WorkbenchPanel evaluationPanel() {
        return new WorkbenchPanel() {
            public int order() { return 35; }

            public String template() { return "evaluation/workbench"; }

            public Optional<Map<String, Object>> data(Actor actor) {
                List<Map<String, Object>> drafts = reads.mine(actor).stream()
                        .filter(r -> "PUBLISHED".equals(r.get("status"))).toList();
                List<EvaluationReads.ObjectionView> queue = reads.openObjections(actor);
                if (drafts.isEmpty() && queue.isEmpty()) return Optional.empty();
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("drafts", drafts);
                data.put("objections", queue.size());
                return Optional.of(data);
            }
        };
    }

    private boolean manager(Actor actor) {
        return guard.allows(actor, Action.EDIT_POWER_LIST, PowerContext.NONE);
    }

    @GetMapping("/evaluations")
    String home(Model model) {
        Actor actor = current.get();
        model.addAttribute("runs", reads.runs());
        model.addAttribute("mine", reads.mine(actor));
        model.addAttribute("manager", manager(actor));
        model.addAttribute("kinds", SubjectKind.values());
        model.addAttribute("year", LocalDate.now(clock).getYear() - 1);
        model.addAttribute("court", actor.courtCode());
        return "evaluation/home";
    }

    @PostMapping("/evaluations/runs")
    String compute(@RequestParam String court, @RequestParam int year, @RequestParam SubjectKind kind) {
        long id = runs.compute(court.strip(), year, kind, null);
        return "redirect:/evaluations/runs/" + id;
    }

    @GetMapping("/evaluations/schemes")
    String schemes(Model model) {
        guard.require(Action.VIEW_STATISTICS, PowerContext.court(current.get().courtId()));
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("manager", manager(current.get()));
        return "evaluation/schemes";
    }

    /** The office changes an item's points or rule parameters: a new version of the scheme for the same year. */
    @PostMapping("/evaluations/schemes/{id}/items")
    String editItem(@PathVariable long id, @RequestParam String code, @RequestParam BigDecimal points,
            @RequestParam Map<String, String> form) {
        Actor actor = guard.require(Action.EDIT_POWER_LIST);
        var scheme = schemes.get(id);
        var items = scheme.items().stream().map(i -> {
            if (!i.code().equals(code)) return i;
            Map<String, Object> params = new LinkedHashMap<>(i.rule().parameters());
            form.forEach((k, v) -> {
                if (k.startsWith("p.") && !v.isBlank()) {
                    String key = k.substring(2);
                    params.put(key, "true".equals(v) || "false".equals(v) ? (Object) Boolean.valueOf(v) : Double.valueOf(v));
                }
            });
            return org.quanze.evaluation.domain.Scheme.Item.of(i.code(), i.name(), i.measure(), i.indicator(), points,
                    i.rule().type(), params);
        }).toList();
        schemes.saveVersion(scheme, scheme.year(), scheme.grades(), items, actor.username());
        return "redirect:/evaluations/schemes";
    }

    @GetMapping("/evaluations/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", reads.run(id));
        model.addAttribute("results", reads.results(id));
        model.addAttribute("items", schemes.get(reads.run(id).schemeId()).items());
        model.addAttribute("manager", manager(current.get()));
        return "evaluation/run";
    }

    @PostMapping("/evaluations/runs/{id}/publish")
    String publish(@PathVariable long id) {
        runs.publish(id);
        return "redirect:/evaluations/runs/" + id;
    }

    @PostMapping("/evaluations/runs/{id}/lock")
    String lock(@PathVariable long id) {
        runs.lock(id);
        return "redirect:/evaluations/runs/" + id;
    }

    @GetMapping("/evaluations/results/{id}")
    String result(@PathVariable long id, @RequestParam(required = false) String item, Model model) {
        Actor actor = current.get();
        EvaluationReads.Explanation e = reads.explain(id, actor);
        model.addAttribute("e", e);
        model.addAttribute("own", actor.staffId() != null && actor.staffId().equals(e.result().staffId()));
        model.addAttribute("manager", manager(actor));
        if (item != null) model.addAttribute("cases", reads.cases(id, item, actor));
        return "evaluation/result";
    }

    @PostMapping("/evaluations/results/{id}/inputs")
    String enter(@PathVariable long id, @RequestParam String item, @RequestParam double value) {
        runs.enter(id, item, value);
        return "redirect:/evaluations/results/" + id;
    }

    @PostMapping("/evaluations/results/{id}/objections")
    String object(@PathVariable long id, @RequestParam(required = false) String item, @RequestParam String reasons) {
        runs.object(id, item, reasons, current.get());
        return "redirect:/evaluations/results/" + id;
    }

    @GetMapping("/evaluations/objections")
    String queue(Model model) {
        guard.require(Action.EDIT_POWER_LIST);
        model.addAttribute("objections", reads.openObjections(current.get()));
        return "evaluation/objections";
    }

    @PostMapping("/evaluations/objections/{id}/answer")
    String answer(@PathVariable long id, @RequestParam boolean accept, @RequestParam(required = false) String item,
            @RequestParam(required = false) BigDecimal points, @RequestParam String reason) {
        runs.answer(id, accept, item, points, reason);
        return "redirect:/evaluations/objections";
    }

    @GetMapping("/evaluations/archive")
    String archive(@RequestParam(required = false) Long run, Model model) {
        model.addAttribute("entries", reads.archive(run, current.get()));
        return "evaluation/archive";
    }
}
