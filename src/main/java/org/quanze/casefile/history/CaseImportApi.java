package org.quanze.casefile.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerGuard;
import org.quanze.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 历史案件导入接口 — the API of the history import: post a CSV file and get the counts when it is committed, or with
 * {@code ?async=true} a 202 and a job address to poll.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "历史案件导入 Case history import")
class CaseImportApi {

    private final CaseImport imports;
    private final ImportJobs jobs;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final Clock clock;

    CaseImportApi(CaseImport imports, ImportJobs jobs, PowerGuard guard, CurrentActor current, Clock clock) {
        this.imports = imports;
        this.jobs = jobs;
        this.guard = guard;
        this.current = current;
        this.clock = clock;
    }

    @Operation(summary = "导入历史案件（UTF-8 CSV；全部成功或全部不保存；async=true 时后台执行）")
    @PostMapping(path = "/cases", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<?> importCases(@RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean async,
                                  @RequestParam(defaultValue = "cases.csv") String fileName) {
        return start(body, fileName, async);
    }

    @PostMapping(path = "/cases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importCasesForm(@RequestPart("file") MultipartFile file,
                                      @RequestParam(defaultValue = "false") boolean async) throws IOException {
        return start(file.getBytes(), file.getOriginalFilename(), async);
    }

    /** A background import's state; only its owner, or someone whose import power covers every court, may see it. */
    @GetMapping("/jobs/{id}")
    ImportJobs.View job(@PathVariable String id) {
        DataScope scope = importScope();
        String me = current.get().username();
        return jobs.find(id).filter(j -> scope.all() || j.owner().equals(me))
                .map(j -> j.view(Instant.now(clock)))
                .orElseThrow(() -> new DomainException(404, "import.job.not-found", "导入任务「" + id + "」不存在", id));
    }

    private ResponseEntity<?> start(byte[] body, String fileName, boolean async) {
        DataScope scope = importScope();
        if (!async) return ResponseEntity.ok(imports.run(body, fileName, scope, CaseImport.Progress.NONE));
        ImportJobs.Job job = jobs.submit(body, fileName, scope, SecurityContextHolder.getContext().getAuthentication());
        String address = "/api/v1/imports/jobs/" + job.id();
        return ResponseEntity.accepted().location(URI.create(address))
                .body(Map.of("id", job.id(), "status", job.status(), "address", address));
    }

    private DataScope importScope() {
        DataScope scope = guard.scope(Action.IMPORT_DATA);
        if (scope.empty()) guard.require(Action.IMPORT_DATA);
        return scope;
    }
}
