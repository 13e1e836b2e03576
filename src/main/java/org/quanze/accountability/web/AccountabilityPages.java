package org.quanze.accountability.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.accountability.domain.ClueSource;
import org.quanze.accountability.domain.Consequence;
import org.quanze.accountability.domain.EvidenceSource;
import org.quanze.accountability.domain.Exemption;
import org.quanze.accountability.domain.Finding;
import org.quanze.accountability.domain.NegligenceElement;
import org.quanze.accountability.domain.Proceeding;
import org.quanze.accountability.domain.Sanction;
import org.quanze.accountability.domain.Situation;
import org.quanze.accountability.internal.Proceedings;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.authority.WorkbenchPanel;
import org.quanze.shared.web.Flash;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of accountability: the office's list with clues, the proceeding page (steps, evidence pack linked to its
 * sources, the structured analysis, the committee's finding form, the president's decision) and the judge's own forms
 * (statement, defence, recusal, objection, review); statistics. Every form posts to the same service as the API.
 */
@Controller
class AccountabilityPages {

    private final Proceedings proceedings;
    private final CurrentActor current;
    private final PowerGuard guard;
    private final java.time.Clock clock;

    AccountabilityPages(Proceedings proceedings, CurrentActor current, PowerGuard guard, java.time.Clock clock) {
        this.proceedings = proceedings;
        this.current = current;
        this.guard = guard;
        this.clock = clock;
    }

    @Bean
    static MenuEntry accountabilityMenu() {
        return new MenuEntry(64, "nav.accountability", "/accountability", Action.VIEW_ACCOUNTABILITY);
    }

    @Bean
    static MenuEntry accountabilityCluesMenu() {
        return new MenuEntry(65, "nav.accountabilityClues", "/accountability/clues", Action.RECORD_ACCOUNTABILITY_CLUE);
    }

    /** The workbench shows the proceedings a person is concerned in or sits on, and the office's overdue ones. */
    @Bean
    static WorkbenchPanel accountabilityPanel(Proceedings proceedings) {
        return new WorkbenchPanel() {
            @Override
            public int order() { return 66; }

            @Override
            public String template() { return "accountability/workbench"; }

            @Override
            public Optional<Map<String, Object>> data(Actor actor) {
                if (actor.staffId() == null) return Optional.empty();
                List<Proceedings.Summary> mine = proceedings.concerning(actor);
                List<Proceedings.Summary> overdue = proceedings.overdueFor(actor);
                return mine.isEmpty() && overdue.isEmpty() ? Optional.empty()
                        : Optional.of(Map.of("proceedings", mine, "overdue", overdue));
            }
        };
    }

    @GetMapping("/accountability")
    String list(Model model) {
        model.addAttribute("proceedings", proceedings.visible());
        // the figures are for those whose scope the power list sets (office, president), not for a judge concerned
        model.addAttribute("mayCount", !guard.scope(Action.VIEW_ACCOUNTABILITY).empty());
        return "accountability/list";
    }

    @GetMapping("/accountability/clues")
    String clues(Model model) {
        guard.require(Action.RECORD_ACCOUNTABILITY_CLUE, PowerContext.court(current.get().courtId()));
        model.addAttribute("clues", proceedings.clues());
        model.addAttribute("sources", ClueSource.values());
        model.addAttribute("mayOpen", guard.mayEver(Action.HANDLE_ACCOUNTABILITY));
        return "accountability/clues";
    }

    @PostMapping("/accountability/clues")
    String recordClue(@RequestParam String caseNumber, @RequestParam ClueSource source, @RequestParam String description,
            RedirectAttributes redirect) {
        long id = proceedings.recordClue(caseNumber, source, description);
        Flash.done(redirect, "acc.clueRecorded", id);
        return "redirect:/accountability/clues";
    }

    @PostMapping("/accountability/clues/{id}/preliminary-review")
    String reviewClue(@PathVariable long id, @RequestParam boolean proceed, @RequestParam String reasons, RedirectAttributes redirect) {
        proceedings.reviewClue(id, proceed, reasons);
        Flash.done(redirect, "acc.clueReviewed", id);
        return "redirect:/accountability/clues";
    }

    @PostMapping("/accountability/clues/{id}/proceeding")
    String open(@PathVariable long id, @RequestParam String subjects, @RequestParam String reasons, RedirectAttributes redirect) {
        long proceeding = proceedings.open(id, List.of(subjects.split("[,，\\s]+")), reasons);
        Flash.done(redirect, "acc.opened", proceeding);
        return "redirect:/accountability/" + proceeding;
    }

    @GetMapping("/accountability/statistics")
    String statistics(Model model) {
        model.addAttribute("rows", proceedings.statistics());
        return "accountability/statistics";
    }

    @GetMapping("/accountability/{id}")
    String page(@PathVariable long id, Model model) {
        Proceeding.State s = proceedings.read(id);
        Actor me = current.get();
        Proceeding p = Proceeding.restore(s);
        boolean office = guard.allows(me, Action.HANDLE_ACCOUNTABILITY, PowerContext.court(s.courtId()));
        boolean secretary = me.staffId() != null && s.committee().stream()
                .anyMatch(m -> m.secretary() && !m.recused() && m.person().staffId() == me.staffId());
        model.addAttribute("p", s);
        model.addAttribute("office", office);
        model.addAttribute("committeeDesk", office || secretary);
        model.addAttribute("president", guard.allows(me, Action.DECIDE_ACCOUNTABILITY, PowerContext.court(s.courtId())));
        model.addAttribute("subject", me.staffId() != null && p.concerns(me.staffId()) ? p.subject(me.staffId()).orElseThrow() : null);
        model.addAttribute("situations", Situation.values());
        model.addAttribute("elements", NegligenceElement.values());
        model.addAttribute("exemptions", Exemption.values());
        model.addAttribute("findings", Finding.values());
        model.addAttribute("consequences", Consequence.values());
        model.addAttribute("sanctions", Sanction.values());
        model.addAttribute("evidenceSources", EvidenceSource.values());
        model.addAttribute("today", LocalDate.now(clock));
        // by constant name: the template looks each one up while it lists them all
        var elementAnswers = new java.util.HashMap<String, Proceeding.ElementAssessment>();
        s.elements().forEach(a -> elementAnswers.put(a.element().name(), a));
        var exemptionAnswers = new java.util.HashMap<String, Proceeding.ExemptionAnswer>();
        s.exemptions().forEach(a -> exemptionAnswers.put(a.exemption().name(), a));
        model.addAttribute("elementAnswers", elementAnswers);
        model.addAttribute("exemptionAnswers", exemptionAnswers);
        return "accountability/proceeding";
    }

    // ---- the office's and the committee's steps ----------------------------------------------------------------

    @PostMapping("/accountability/{id}/investigation")
    String investigate(@PathVariable long id, @RequestParam int version, @RequestParam String investigators, RedirectAttributes r) {
        proceedings.investigate(id, version, List.of(investigators.split("[,，\\s]+")));
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/evidence")
    String evidence(@PathVariable long id, @RequestParam int version, @RequestParam EvidenceSource source, @RequestParam String reference,
            @RequestParam(defaultValue = "") String link, @RequestParam(defaultValue = "") String summary, RedirectAttributes r) {
        proceedings.addEvidence(id, version, source, reference, link.isBlank() ? null : link, summary);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/evidence/assemble")
    String assemble(@PathVariable long id, @RequestParam int version, RedirectAttributes r) {
        proceedings.assembleEvidence(id, version);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/situations")
    String situation(@PathVariable long id, @RequestParam int version, @RequestParam Situation situation,
            @RequestParam(defaultValue = "") String evidence, @RequestParam String reasons, RedirectAttributes r) {
        proceedings.assessSituation(id, version, situation, numbers(evidence), reasons);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/elements")
    String element(@PathVariable long id, @RequestParam int version, @RequestParam NegligenceElement element,
            @RequestParam(defaultValue = "") String evidence, @RequestParam(defaultValue = "false") boolean missing,
            @RequestParam(defaultValue = "") String reasons, RedirectAttributes r) {
        proceedings.assessElement(id, version, element, numbers(evidence), missing, reasons);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/exemptions")
    String exemption(@PathVariable long id, @RequestParam int version, @RequestParam Exemption exemption,
            @RequestParam boolean applies, @RequestParam String reasons, RedirectAttributes r) {
        proceedings.answerExemption(id, version, exemption, applies, reasons);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/allocation")
    String allocation(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "false") boolean panelMisreported,
            @RequestParam(defaultValue = "") String misreportCitation, @RequestParam(defaultValue = "false") boolean centralismBreached,
            RedirectAttributes r) {
        proceedings.proposeAllocation(id, version, panelMisreported, misreportCitation, centralismBreached);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/report")
    String report(@PathVariable long id, @RequestParam int version, @RequestParam String report, RedirectAttributes r) {
        proceedings.reportToPresident(id, version, report);
        return back(id, r);
    }

    /** One member a line: staff number, then 法官代表 (Y/N) and 秘书 (Y/N), e.g. "吉-0001 Y Y". */
    @PostMapping("/accountability/{id}/committee")
    String committee(@PathVariable long id, @RequestParam int version, @RequestParam String members, RedirectAttributes r) {
        List<Proceedings.MemberInput> list = new ArrayList<>();
        for (String line : members.split("\\R")) {
            String[] f = line.trim().split("[,，\\s]+");
            if (f.length == 0 || f[0].isBlank()) continue;
            list.add(new Proceedings.MemberInput(f[0], f.length > 1 && f[1].equalsIgnoreCase("Y"), f.length > 2 && f[2].equalsIgnoreCase("Y")));
        }
        proceedings.constituteCommittee(id, version, list);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/recusal-decisions")
    String recusalDecision(@PathVariable long id, @RequestParam int no, @RequestParam int version, @RequestParam boolean granted,
            @RequestParam String reasons, RedirectAttributes r) {
        proceedings.decideRecusal(id, version, no, granted, reasons);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/findings")
    String finding(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Finding finding,
            @RequestParam String reasons, RedirectAttributes r) {
        proceedings.recordFinding(id, version, finding, reasons);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/findings/service")
    String serve(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn, RedirectAttributes r) {
        proceedings.serveFinding(id, version, servedOn);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/objections/decision")
    String objectionDecision(@PathVariable long id, @RequestParam int version, @RequestParam Finding finding, @RequestParam String reasons,
            RedirectAttributes r) {
        proceedings.decideObjection(id, version, finding, reasons);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/suspensions")
    String suspend(@PathVariable long id, @RequestParam int version, @RequestParam String staffNo, @RequestParam String reasons,
            RedirectAttributes r) {
        proceedings.suspend(id, version, staffNo, null, reasons);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/consequences")
    String decide(@PathVariable long id, @RequestParam int version, @RequestParam String staffNo,
            @RequestParam(required = false) List<Consequence> consequences, @RequestParam(required = false) List<Sanction> sanctions,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam String reasons, RedirectAttributes r) {
        proceedings.decide(id, version, List.of(new Proceedings.DecisionInput(staffNo, consequences, sanctions, effectiveOn, reasons)));
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/name-clearing")
    String clearing(@PathVariable long id, @RequestParam int version, @RequestParam String publication, RedirectAttributes r) {
        proceedings.recordClearingPublication(id, version, publication);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/archive")
    String archive(@PathVariable long id, @RequestParam int version, RedirectAttributes r) {
        proceedings.archive(id, version);
        return back(id, r);
    }

    // ---- the judge's own forms ---------------------------------------------------------------------------------

    @PostMapping("/accountability/{id}/hearing")
    String hearing(@PathVariable long id, @RequestParam int version, @RequestParam String statement,
            @RequestParam(defaultValue = "") String evidence, @RequestParam String defence, RedirectAttributes r) {
        proceedings.hear(id, version, statement, evidence, defence);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/hearing/waiver")
    String hearingWaiver(@PathVariable long id, @RequestParam int version, @RequestParam String reason, RedirectAttributes r) {
        proceedings.waiveHearing(id, version, reason);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/recusals")
    String recusal(@PathVariable long id, @RequestParam int version, @RequestParam String against, @RequestParam String reasons,
            RedirectAttributes r) {
        proceedings.applyForRecusal(id, version, against, reasons);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/objections")
    String objection(@PathVariable long id, @RequestParam int version, @RequestParam String reasons, RedirectAttributes r) {
        proceedings.object(id, version, reasons);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/objections/waiver")
    String objectionWaiver(@PathVariable long id, @RequestParam int version, RedirectAttributes r) {
        proceedings.waiveObjection(id, version);
        return back(id, r);
    }

    @PostMapping("/accountability/{id}/appeals")
    String appeal(@PathVariable long id, @RequestParam int version, @RequestParam String kind, @RequestParam String reasons,
            RedirectAttributes r) {
        proceedings.appeal(id, version, kind, reasons);
        return back(id, r);
    }

    private static String back(long id, RedirectAttributes redirect) {
        Flash.done(redirect, "acc.saved", id);
        return "redirect:/accountability/" + id;
    }

    private static List<Integer> numbers(String text) {
        List<Integer> list = new ArrayList<>();
        for (String part : text.split("[,，\\s]+")) {
            if (part.isBlank()) continue;
            try {
                list.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw org.quanze.accountability.domain.AccountabilityRefusal.invalid("evidence", "证据编号应为数字：" + part);
            }
        }
        return list;
    }
}
