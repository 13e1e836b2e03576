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
import org.quanze.evaluation.EvaluationRefusal;
import org.quanze.evaluation.SubjectKind;
import org.quanze.evaluation.domain.Measure;
import org.quanze.evaluation.domain.RunStatus;
import org.quanze.evaluation.domain.ScoringRule;
import org.quanze.evaluation.internal.EvaluationReads;
import org.quanze.evaluation.internal.EvaluationRuns;
import org.quanze.evaluation.internal.SchemeEditor;
import org.quanze.evaluation.internal.SchemeStore;
import org.quanze.evaluation.internal.SchemeView;
import org.quanze.statistics.Indicators;
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
    private final SchemeEditor editor;
    private final EvaluationRuns runs;
    private final EvaluationReads reads;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final Clock clock;

    EvaluationPages(SchemeStore schemes, SchemeEditor editor, EvaluationRuns runs, EvaluationReads reads, PowerGuard guard,
            CurrentActor current, Clock clock) {
        this.schemes = schemes;
        this.editor = editor;
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
                        .filter(r -> RunStatus.PUBLISHED.name().equals(r.get("status"))).toList();
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
    String home(@RequestParam(required = false) SubjectKind missingKind, @RequestParam(required = false) Integer missingYear,
            Model model) {
        Actor actor = current.get();
        if (missingKind != null && missingYear != null) {
            // a year without its own scheme: say so, and offer the newest scheme to copy to whoever may
            model.addAttribute("missingKind", missingKind);
            model.addAttribute("missingYear", missingYear);
            model.addAttribute("newest", schemes.newest(missingKind, missingYear).orElse(null));
            model.addAttribute("mayCopy", editor.mayEdit(actor));
        }
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
        if (schemes.forYear(kind, year).isEmpty()) {
            return "redirect:/evaluations?missingKind=" + kind.name() + "&missingYear=" + year;
        }
        long id = runs.compute(court.strip(), year, kind, null);
        return "redirect:/evaluations/runs/" + id;
    }

    @GetMapping("/evaluations/schemes")
    String schemes(Model model) {
        guard.require(Action.VIEW_STATISTICS, PowerContext.court(current.get().courtId()));
        model.addAttribute("schemes", editor.views());
        return "evaluation/schemes";
    }

    /** One scheme version with its items; for the high court's 审管办, the editing actions while it is open. */
    @GetMapping("/evaluations/schemes/{id}")
    String scheme(@PathVariable long id, Model model) {
        guard.require(Action.VIEW_STATISTICS, PowerContext.court(current.get().courtId()));
        SchemeView scheme = editor.view(id);
        model.addAttribute("s", scheme);
        model.addAttribute("editor", editor.mayEdit(current.get()));
        model.addAttribute("nextYear", Math.max(scheme.year(), LocalDate.now(clock).getYear()) + 1);
        return "evaluation/scheme";
    }

    /** The item form: empty to add, or filled with the item to change. */
    @GetMapping({"/evaluations/schemes/{id}/items/new", "/evaluations/schemes/{id}/items/{code}"})
    String itemForm(@PathVariable long id, @PathVariable(required = false) String code, Model model) {
        editor.requireOffice();
        SchemeView scheme = editor.view(id);
        SchemeView.ItemView item = code == null ? null : scheme.item(code);
        if (code != null && item == null) throw EvaluationRefusal.unknownItem(code);
        model.addAttribute("s", scheme);
        model.addAttribute("item", item);
        model.addAttribute("measures", java.util.Arrays.stream(Measure.values()).filter(m -> m.appliesTo(scheme.kind())).toList());
        model.addAttribute("indicators", Indicators.ALL);
        model.addAttribute("ruleTypes", ScoringRule.TYPES);
        model.addAttribute("ruleParameters", ScoringRule.TYPE_PARAMETERS);
        model.addAttribute("parameterNames", ScoringRule.PARAMETERS);
        return "evaluation/item";
    }

    @PostMapping("/evaluations/schemes/{id}/items")
    String addItem(@PathVariable long id, @RequestParam int version, @RequestParam Map<String, String> form) {
        return "redirect:/evaluations/schemes/" + editor.add(id, version, itemForm(form)).id();
    }

    @PostMapping("/evaluations/schemes/{id}/items/{code}")
    String changeItem(@PathVariable long id, @PathVariable String code, @RequestParam int version,
            @RequestParam Map<String, String> form) {
        return "redirect:/evaluations/schemes/" + editor.change(id, version, code, itemForm(form)).id();
    }

    @PostMapping("/evaluations/schemes/{id}/items/{code}/delete")
    String removeItem(@PathVariable long id, @PathVariable String code, @RequestParam int version) {
        return "redirect:/evaluations/schemes/" + editor.remove(id, version, code).id();
    }

    @PostMapping("/evaluations/schemes/{id}/copy")
    String copy(@PathVariable long id, @RequestParam int version, @RequestParam String year) {
        int target;
        try {
            target = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw EvaluationRefusal.invalidItem("year", "年度应为四位数字：" + year);
        }
        return "redirect:/evaluations/schemes/" + editor.copy(id, version, target).id();
    }

    /** The form's fields as an item: the rule's parameters are those of the chosen type ({@code THRESHOLD.threshold}, …). */
    private static SchemeEditor.ItemForm itemForm(Map<String, String> form) {
        String type = form.get("ruleType");
        Map<String, Object> rule = new LinkedHashMap<>();
        if (type != null) {
            form.forEach((k, v) -> {
                if (k.startsWith(type + ".")) rule.put(k.substring(type.length() + 1), v);
            });
        }
        return new SchemeEditor.ItemForm(form.get("code"), form.get("name"), form.get("measure"), form.get("indicator"),
                form.get("points"), type, rule);
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
    String publish(@PathVariable long id, @RequestParam int version) {
        runs.publish(id, version);
        return "redirect:/evaluations/runs/" + id;
    }

    @PostMapping("/evaluations/runs/{id}/lock")
    String lock(@PathVariable long id, @RequestParam int version) {
        runs.lock(id, version);
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
    String enter(@PathVariable long id, @RequestParam String item, @RequestParam String value, @RequestParam int version) {
        double entered;
        try {
            entered = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw EvaluationRefusal.badInput("value", "分值应为数值：" + value);
        }
        runs.enter(id, item, entered, version);
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
            @RequestParam(required = false) BigDecimal points, @RequestParam String reason, @RequestParam int version) {
        runs.answer(id, accept, item, points, reason, version);
        return "redirect:/evaluations/objections";
    }

    @GetMapping("/evaluations/archive")
    String archive(@RequestParam(required = false) Long run, Model model) {
        model.addAttribute("entries", reads.archive(run, current.get()));
        return "evaluation/archive";
    }
}
