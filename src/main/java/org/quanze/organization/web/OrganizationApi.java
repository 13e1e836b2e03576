package org.quanze.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.organization.CourtView;
import org.quanze.organization.ImportResult;
import org.quanze.organization.StaffView;
import org.quanze.organization.internal.OrganizationImports;
import org.quanze.organization.internal.OrganizationStore;
import org.quanze.shared.Table;
import org.quanze.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of the organisation: courts, staff, quota headcounts; imports and exports of courts and staff. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "组织机构 Organisation")
class OrganizationApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OrganizationStore store;
    private final OrganizationImports imports;
    private final PowerGuard guard;
    private final Clock clock;

    OrganizationApi(OrganizationStore store, OrganizationImports imports, PowerGuard guard, Clock clock) {
        this.store = store;
        this.imports = imports;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping("/courts")
    List<CourtView> courts() {
        DataScope scope = guard.scope(Action.VIEW_ORGANIZATION);
        return store.courts().stream().filter(c -> scope.coversCourt(c.id())).toList();
    }

    @GetMapping("/courts/{code}")
    CourtView court(@PathVariable String code) {
        CourtView court = courtOrThrow(code);
        guard.require(Action.VIEW_ORGANIZATION, PowerContext.court(court.id()));
        return court;
    }

    /** 员额法官人数: in post on a date ({@code on}), or at any time in a period ({@code from}–{@code to}). */
    @GetMapping("/courts/{code}/quota-headcount")
    Map<String, Object> headcount(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean includeLower) {
        CourtView court = courtOrThrow(code);
        guard.require(Action.VIEW_ORGANIZATION, PowerContext.court(court.id()));
        Set<Long> courts = includeLower ? store.subtree(court.id()) : Set.of(court.id());
        if (from != null && to != null) {
            return Map.of("court", code, "from", from, "to", to, "includeLower", includeLower,
                    "quotaJudges", store.quotaHeadcountDuring(courts, from, to));
        }
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        long count = store.quotaHeadcount(courts, date).values().stream().mapToLong(Long::longValue).sum();
        return Map.of("court", code, "on", date, "includeLower", includeLower, "quotaJudges", count);
    }

    /** Staff in the caller's scope whose name or number contains {@code q}; {@code role} (e.g. QUOTA_JUDGE) narrows it. */
    @GetMapping("/staff")
    List<StaffView> staff(@RequestParam(required = false) String court, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) org.quanze.shared.Role role, @RequestParam(defaultValue = "0") int page) {
        if (role == null) return store.staffOf(courtsInScope(court), q.trim(), LocalDate.now(clock), 100, Math.max(page, 0) * 100);
        return store.staffOf(courtsInScope(court), q.trim(), LocalDate.now(clock), 100_000, 0).stream()
                .filter(s -> s.role() == role).skip(Math.max(page, 0) * 100L).limit(100).toList();
    }

    @GetMapping("/staff/{staffNo}")
    StaffView staffMember(@PathVariable String staffNo) {
        StaffView staff = store.staff(staffNo, LocalDate.now(clock)).orElseThrow(() ->
                new DomainException(404, "staff.not-found", "人员编号「" + staffNo + "」不存在", staffNo));
        guard.require(Action.VIEW_ORGANIZATION, PowerContext.court(staff.courtId()));
        return staff;
    }

    @Operation(summary = "导入法院（CSV 或 .xlsx；全部成功或全部不保存）")
    @PostMapping(path = "/imports/courts", consumes = {"text/csv", "text/plain", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    ImportResult importCourts(@RequestBody byte[] body) {
        return imports.importCourts(body, "courts", importScope());
    }

    @PostMapping(path = "/imports/courts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importCourtsForm(@RequestPart("file") MultipartFile file) throws java.io.IOException {
        return imports.importCourts(file.getBytes(), file.getOriginalFilename(), importScope());
    }

    @Operation(summary = "导入人员（CSV 或 .xlsx；全部成功或全部不保存）")
    @PostMapping(path = "/imports/staff", consumes = {"text/csv", "text/plain", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    ImportResult importStaff(@RequestBody byte[] body) {
        return imports.importStaff(body, "staff", importScope());
    }

    @PostMapping(path = "/imports/staff", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importStaffForm(@RequestPart("file") MultipartFile file) throws java.io.IOException {
        return imports.importStaff(file.getBytes(), file.getOriginalFilename(), importScope());
    }

    @GetMapping("/exports/courts.{format}")
    ResponseEntity<byte[]> exportCourts(@PathVariable String format) {
        DataScope scope = guard.scope(Action.VIEW_ORGANIZATION);
        List<Map<String, String>> rows = store.courts().stream().filter(c -> scope.coversCourt(c.id()))
                .map(c -> Map.of("code", c.code(), "name", c.name(), "level", c.level().label(),
                        "parent_code", c.parentCode() == null ? "" : c.parentCode(),
                        "special", c.special() == null ? "" : c.special().label()))
                .toList();
        return file(new Table(List.of("code", "name", "level", "parent_code", "special"), rows), "courts", format, clock.getZone());
    }

    @GetMapping("/exports/staff.{format}")
    ResponseEntity<byte[]> exportStaff(@PathVariable String format, @RequestParam(required = false) String court) {
        return file(new Table(List.of("staff_no", "name", "court_code", "department", "role", "posts", "quota_from",
                "quota_to", "team"), store.staffExportRows(courtsInScope(court))), "staff", format, clock.getZone());
    }

    private DataScope importScope() {
        DataScope scope = guard.scope(Action.IMPORT_DATA);
        if (scope.empty()) guard.require(Action.IMPORT_DATA);
        return scope;
    }

    private Set<Long> courtsInScope(String code) {
        DataScope scope = guard.scope(Action.VIEW_ORGANIZATION);
        if (code != null && !code.isBlank()) {
            CourtView court = courtOrThrow(code);
            guard.require(Action.VIEW_ORGANIZATION, PowerContext.court(court.id()));
            return store.subtree(court.id());
        }
        if (scope.all()) return Set.copyOf(store.courts().stream().map(CourtView::id).toList());
        return scope.courtIds();
    }

    private CourtView courtOrThrow(String code) {
        return store.court(code).orElseThrow(() ->
                new DomainException(404, "court.not-found", "法院代字「" + code + "」不存在", code));
    }

    static ResponseEntity<byte[]> file(Table table, String name, String format, java.time.ZoneId zone) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"csv".equalsIgnoreCase(format)) {
            throw new DomainException(400, "export.format", "导出格式只能是 csv 或 xlsx", format);
        }
        byte[] body = xlsx ? table.toXlsx(name) : table.toCsv(zone);
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + "." + format.toLowerCase()).build().toString())
                .body(body);
    }
}
