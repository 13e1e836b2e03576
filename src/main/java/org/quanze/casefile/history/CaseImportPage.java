package org.quanze.casefile.history;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.quanze.authority.Action;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.DataScope;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PowerGuard;
import org.quanze.shared.DomainException;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 历史案件导入页面 — upload a file, watch its background job (HTMX polls the job fragment while it runs), and come
 * back later to the list of jobs.
 */
@Controller
class CaseImportPage {

    private final ImportJobs jobs;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final Clock clock;

    CaseImportPage(ImportJobs jobs, PowerGuard guard, CurrentActor current, Clock clock) {
        this.jobs = jobs;
        this.guard = guard;
        this.current = current;
        this.clock = clock;
    }

    @Bean
    static MenuEntry caseImportMenu() {
        return new MenuEntry(45, "nav.caseImport", "/cases/import", Action.IMPORT_DATA);
    }

    @GetMapping("/cases/import")
    String page(@RequestParam(required = false) String job, Model model) {
        DataScope scope = importScope();
        List<ImportJobs.View> visible = visible(scope);
        model.addAttribute("jobs", visible);
        model.addAttribute("anyRunning", visible.stream().anyMatch(j -> j.status() == ImportJobs.Status.RUNNING));
        model.addAttribute("columns", String.join(", ", CaseImportRow.COLUMNS));
        if (job != null) visible.stream().filter(j -> j.id().equals(job)).findFirst().ifPresent(j -> model.addAttribute("job", j));
        return "casefile/import";
    }

    /** The file always runs in the background: a province-year takes tens of seconds. */
    @PostMapping("/cases/import")
    String upload(@RequestParam("file") MultipartFile file) throws IOException {
        DataScope scope = importScope();
        ImportJobs.Job job = jobs.submit(file.getBytes(), file.getOriginalFilename(), scope,
                SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/cases/import?job=" + job.id();
    }

    /** One job: the HTMX poll gets the fragment, a browser the whole page. */
    @GetMapping("/cases/import/jobs/{id}")
    String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        DataScope scope = importScope();
        ImportJobs.View job = visible(scope).stream().filter(j -> j.id().equals(id)).findFirst()
                .orElseThrow(() -> new DomainException(404, "import.job.not-found", "导入任务「" + id + "」不存在", id));
        if (htmx == null) return "redirect:/cases/import?job=" + id;
        model.addAttribute("job", job);
        return "casefile/import :: job";
    }

    /** The job list, polled while a job runs. */
    @GetMapping("/cases/import/jobs")
    String list(Model model) {
        List<ImportJobs.View> visible = visible(importScope());
        model.addAttribute("jobs", visible);
        model.addAttribute("anyRunning", visible.stream().anyMatch(j -> j.status() == ImportJobs.Status.RUNNING));
        return "casefile/import :: jobs";
    }

    private List<ImportJobs.View> visible(DataScope scope) {
        String me = current.get().username();
        Instant now = Instant.now(clock);
        return jobs.list().stream().filter(j -> scope.all() || j.owner().equals(me)).map(j -> j.view(now)).toList();
    }

    private DataScope importScope() {
        DataScope scope = guard.scope(Action.IMPORT_DATA);
        if (scope.empty()) guard.require(Action.IMPORT_DATA);
        return scope;
    }
}
