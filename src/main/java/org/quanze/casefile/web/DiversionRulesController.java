package org.quanze.casefile.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.domain.diversion.ComplexityRule;
import org.quanze.casefile.internal.CaseDiversion;
import org.quanze.casefile.internal.CaseQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 繁简识别规则 and 案件权重系数 — configuration the trial-management office keeps: complexity rules ("案由 + 标的 +
 * 关键词", every change a new version) and the case weight coefficients used to balance assignment.
 */
@Controller
@Tag(name = "繁简分流规则 Diversion rules")
class DiversionRulesController {

    private final CaseDiversion diversion;
    private final CaseQueries queries;
    private final PowerGuard guard;

    DiversionRulesController(CaseDiversion diversion, CaseQueries queries, PowerGuard guard) {
        this.diversion = diversion;
        this.queries = queries;
        this.guard = guard;
    }

    /** A rule as submitted: cause codes and keywords comma- or space-separated in the form, lists in JSON. */
    record RuleRequest(String name, List<String> causeCodes, BigDecimal minAmount, List<String> keywords, Boolean active) {
    }

    @GetMapping("/cases/diversion/rules")
    String page(Model model) {
        guard.require(Action.VIEW_POWER_LIST);
        model.addAttribute("rules", history());
        model.addAttribute("weights", weights());
        model.addAttribute("mayEdit", guard.mayEver(Action.EDIT_POWER_LIST));
        return "casefile/rules";
    }

    @PostMapping("/cases/diversion/rules")
    String save(@RequestParam String code, @RequestParam String name, @RequestParam(defaultValue = "") String causeCodes,
            @RequestParam(required = false) BigDecimal minAmount, @RequestParam(defaultValue = "") String keywords,
            @RequestParam(defaultValue = "false") boolean active) {
        diversion.saveRule(code.trim(), name.trim(), words(causeCodes), minAmount, List.copyOf(words(keywords)), active);
        return "redirect:/cases/diversion/rules";
    }

    @GetMapping("/api/v1/diversion-rules")
    @ResponseBody
    List<ComplexityRule> current() {
        guard.require(Action.VIEW_POWER_LIST);
        return diversion.currentRules();
    }

    @PutMapping("/api/v1/diversion-rules/{code}")
    @ResponseBody
    List<ComplexityRule> put(@PathVariable String code, @RequestBody RuleRequest r,
            @org.springframework.web.bind.annotation.RequestHeader(value = "If-Match", required = false) String ifMatch) {
        // the version the client read (0 for a new rule): a stale one would overwrite someone else's edit
        int read = org.quanze.shared.IfMatch.version(ifMatch);
        int current = diversion.currentRules().stream().filter(rule -> rule.code().equals(code))
                .mapToInt(ComplexityRule::version).findFirst().orElse(0);
        if (read != current) throw new org.springframework.dao.OptimisticLockingFailureException(
                "diversion rule " + code + " is at version " + current + ", not " + read);
        diversion.saveRule(code, r.name(), Set.copyOf(r.causeCodes() == null ? List.of() : r.causeCodes()), r.minAmount(),
                r.keywords() == null ? List.of() : r.keywords(), r.active() == null || r.active());
        return diversion.currentRules();
    }

    @GetMapping("/api/v1/case-weights")
    @ResponseBody
    List<Map<String, Object>> caseWeights() {
        guard.require(Action.VIEW_POWER_LIST);
        return weights();
    }

    private List<Map<String, Object>> history() {
        return queries.diversionRuleHistory();
    }

    private List<Map<String, Object>> weights() {
        return queries.caseWeights();
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Arrays.stream(text.split("[,，;；\\s]+")).map(String::trim).filter(w -> !w.isEmpty()).forEach(words::add);
        return words;
    }
}
