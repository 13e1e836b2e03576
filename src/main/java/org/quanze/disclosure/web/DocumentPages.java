package org.quanze.disclosure.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.MenuGroup;
import org.quanze.disclosure.domain.DocumentKind;
import org.quanze.disclosure.domain.JudgmentDocument;
import org.quanze.disclosure.domain.MaskSpan;
import org.quanze.disclosure.domain.NonPublicationReason;
import org.quanze.disclosure.domain.SpanType;
import org.quanze.disclosure.internal.DocumentText;
import org.quanze.disclosure.internal.Publications;
import org.quanze.shared.web.Flash;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 裁判文书上网 pages: a document with its versions, history and the actions the person may take; the preview where the
 * judge sees every change highlighted with its reason, undoes or adds changes and confirms publication; the
 * president's list of proposals under 第4条(五). Refusals show as the module's Chinese message (platform PageErrors).
 */
@Controller
class DocumentPages {

    private final Publications publications;

    DocumentPages(Publications publications) {
        this.publications = publications;
    }

    @Bean
    static MenuEntry documentApprovalsMenu() {
        return new MenuEntry(83, "nav.documentApprovals", "/documents/approvals", Action.APPROVE_NON_PUBLICATION, MenuGroup.TRIAL_MANAGEMENT);
    }

    @PostMapping("/documents")
    String attach(@RequestParam String caseNumber, @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        boolean uploaded = file != null && !file.isEmpty();
        String body = uploaded ? DocumentText.read(file.getOriginalFilename(), file.getBytes()) : text;
        long id = publications.attach(caseNumber, kind, effectiveOn, body, uploaded ? file.getOriginalFilename() : null);
        Flash.done(redirect, "doc.attached", id);
        return "redirect:/documents/" + id;
    }

    @GetMapping("/documents/{id}")
    String detail(@PathVariable long id, Model model) {
        Publications.DocumentDetail detail = publications.get(id);
        JudgmentDocument d = detail.document();
        model.addAttribute("doc", d);
        model.addAttribute("steps", detail.steps());
        model.addAttribute("overdue", detail.overdue());
        model.addAttribute("mayPublish", publications.mayPublish(d));
        model.addAttribute("mayApprove", publications.mayApprove(d));
        model.addAttribute("reasons", NonPublicationReason.values());
        return "disclosure/document";
    }

    @PostMapping("/documents/{id}/versions")
    String addVersion(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        boolean uploaded = file != null && !file.isEmpty();
        publications.addVersion(id, version, uploaded ? DocumentText.read(file.getOriginalFilename(), file.getBytes()) : text,
                uploaded ? file.getOriginalFilename() : null);
        return "redirect:/documents/" + id;
    }

    /** One piece of the original text on the preview: plain, or a change (index into the changes) to highlight. */
    record Segment(String text, Integer change) {
    }

    @GetMapping("/documents/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        Publications.Preview p = publications.preview(id);
        List<MaskSpan> spans = p.anonymisation().spans();
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            MaskSpan s = spans.get(i);
            if (s.start() > at) segments.add(new Segment(p.original().substring(at, s.start()), null));
            segments.add(new Segment(p.original().substring(s.start(), s.end()), i));
            at = s.end();
        }
        if (at < p.original().length()) segments.add(new Segment(p.original().substring(at), null));
        model.addAttribute("doc", publications.get(id).document());
        model.addAttribute("preview", p);
        model.addAttribute("spans", spans);
        model.addAttribute("segments", segments);
        return "disclosure/preview";
    }

    /**
     * 确认: the changes of the preview the judge kept ({@code keep}, by index), and each line of {@code extra} deleted
     * wherever it occurs outside a kept change (replaced by 「×」 of its length, 第10条 for a deletion that would
     * leave the text hard to read).
     */
    @PostMapping("/documents/{id}/publication")
    String publish(@PathVariable long id, @RequestParam int version, @RequestParam int documentVersion,
            @RequestParam(required = false) Set<Integer> keep, @RequestParam(defaultValue = "") String extra,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        Publications.Preview p = publications.preview(id);
        List<MaskSpan> auto = p.anonymisation().spans();
        List<MaskSpan> confirmed = new ArrayList<>();
        for (int i = 0; i < auto.size(); i++) {
            if (keep != null && keep.contains(i)) confirmed.add(auto.get(i));
        }
        for (String line : extra.split("\\R")) {
            String wanted = line.strip();
            if (wanted.isEmpty()) continue;
            for (int from = p.original().indexOf(wanted); from >= 0; from = p.original().indexOf(wanted, from + wanted.length())) {
                int start = from;
                int end = from + wanted.length();
                if (confirmed.stream().noneMatch(s -> s.start() < end && start < s.end())) {
                    confirmed.add(new MaskSpan(start, end, SpanType.OTHER, "×".repeat(Math.min(wanted.length(), 3)), "Art10(6) 法官确认"));
                }
            }
        }
        publications.publish(id, version, documentVersion, confirmed, reason);
        Flash.done(redirect, "doc.published");
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/withholding")
    String withhold(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) NonPublicationReason reason,
            @RequestParam(defaultValue = "") String writtenReasons, RedirectAttributes redirect) {
        publications.withhold(id, version, reason, writtenReasons);
        Flash.done(redirect, "doc.withheld");
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/withholding/approval")
    String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        publications.approve(id, version);
        Flash.done(redirect, "doc.approved");
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/withholding/rejection")
    String reject(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        publications.reject(id, version, note);
        Flash.done(redirect, "doc.approved");
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/withdrawal")
    String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        publications.withdraw(id, version, reason);
        Flash.done(redirect, "doc.withdrawn");
        return "redirect:/documents/" + id;
    }

    @GetMapping("/documents/approvals")
    String approvals(Model model) {
        model.addAttribute("documents", publications.awaitingApproval());
        return "disclosure/approvals";
    }
}
