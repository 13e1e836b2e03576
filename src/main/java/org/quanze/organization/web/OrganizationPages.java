package org.quanze.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.DataScope;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.organization.CourtView;
import org.quanze.organization.internal.OrganizationImports;
import org.quanze.organization.internal.OrganizationStore;
import org.quanze.shared.DomainException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 组织机构 pages: the courts in a person's scope, a court with its departments, teams and staff, and imports. */
@Controller
class OrganizationPages {

    private final OrganizationStore store;
    private final OrganizationImports imports;
    private final PowerGuard guard;
    private final Clock clock;
    private final org.quanze.authority.CurrentActor current;

    OrganizationPages(OrganizationStore store, OrganizationImports imports, PowerGuard guard, Clock clock,
            org.quanze.authority.CurrentActor current) {
        this.current = current;
        this.store = store;
        this.imports = imports;
        this.guard = guard;
        this.clock = clock;
    }

    @Bean
    static MenuEntry organizationMenu() {
        return new MenuEntry(20, "nav.organization", "/organization", Action.VIEW_ORGANIZATION);
    }

    /**
     * Suggestions for a staff picker: people of the signed-in person's own court whose name or number contains
     * {@code q}, as {@code <option>} elements (value the staff number, label the name and department).
     */
    @GetMapping(value = "/staff/options", produces = "text/html;charset=UTF-8")
    @org.springframework.web.bind.annotation.ResponseBody
    String staffOptions(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) org.quanze.shared.Role role) {
        var me = current.get();
        if (me.courtId() == null || q.isBlank()) return "";
        guard.require(Action.VIEW_ORGANIZATION, PowerContext.court(me.courtId()));
        StringBuilder html = new StringBuilder();
        for (var s : store.staffOf(Set.of(me.courtId()), q.trim(), LocalDate.now(clock), 5_000, 0)) {
            if (role != null && s.role() != role) continue;
            html.append("<option value=\"").append(escape(s.staffNo())).append("\">").append(escape(s.name()))
                    .append(s.departmentName() == null ? "" : " · " + escape(s.departmentName())).append("</option>");
            if (html.length() > 20_000) break;
        }
        return html.toString();
    }

    private static String escape(String s) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(s);
    }

    @GetMapping("/organization")
    String courts(Model model) {
        DataScope scope = guard.scope(Action.VIEW_ORGANIZATION);
        if (scope.empty()) guard.require(Action.VIEW_ORGANIZATION);
        List<CourtView> all = store.courts();
        Set<Long> visible = scope.all() ? Set.copyOf(all.stream().map(CourtView::id).toList()) : scope.courtIds();
        List<Map<String, Object>> rows = store.courtSummary(visible, LocalDate.now(clock));
        model.addAttribute("courts", treeOrder(rows));
        model.addAttribute("totalQuota", rows.stream().mapToLong(r -> ((Number) r.get("quota_judges")).longValue()).sum());
        model.addAttribute("totalStaff", rows.stream().mapToLong(r -> ((Number) r.get("staff")).longValue()).sum());
        model.addAttribute("mayImport", guard.mayEver(Action.IMPORT_DATA));
        return "organization/courts";
    }

    @GetMapping("/organization/courts/{code}")
    String court(@PathVariable String code, Model model) {
        CourtView court = store.court(code).orElseThrow(() ->
                new DomainException(404, "court.not-found", "法院代字「" + code + "」不存在", code));
        Actor me = guard.require(Action.VIEW_ORGANIZATION, PowerContext.court(court.id()));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("court", court);
        // the way up only to a court this person may open, so the link never ends on a refusal
        model.addAttribute("parent", court.parentCode() == null ? null : store.court(court.parentCode())
                .filter(p -> guard.allows(me, Action.VIEW_ORGANIZATION, PowerContext.court(p.id()))).orElse(null));
        model.addAttribute("departments", store.departments(court.id()));
        model.addAttribute("teams", store.teams(court.id()));
        model.addAttribute("quota", store.quotaHeadcount(Set.of(court.id()), today).getOrDefault(court.id(), 0L));
        model.addAttribute("staff", store.staffOf(Set.of(court.id()), "", today, 200, 0));
        model.addAttribute("today", today);
        return "organization/court";
    }

    /** Staff search; an HTMX request gets only the rows. */
    @GetMapping("/organization/courts/{code}/staff")
    String staff(@PathVariable String code, @RequestParam(defaultValue = "") String q, Model model) {
        CourtView court = store.court(code).orElseThrow(() ->
                new DomainException(404, "court.not-found", "法院代字「" + code + "」不存在", code));
        guard.require(Action.VIEW_ORGANIZATION, PowerContext.court(court.id()));
        model.addAttribute("staff", store.staffOf(Set.of(court.id()), q.trim(), LocalDate.now(clock), 200, 0));
        return "organization/court :: staffRows";
    }

    @GetMapping("/organization/import")
    String importForm() {
        if (guard.scope(Action.IMPORT_DATA).empty()) guard.require(Action.IMPORT_DATA);
        return "organization/import";
    }

    @PostMapping("/organization/import")
    String importFile(@RequestParam String kind, @RequestParam("file") MultipartFile file, Model model)
            throws java.io.IOException {
        DataScope scope = guard.scope(Action.IMPORT_DATA);
        if (scope.empty()) guard.require(Action.IMPORT_DATA);
        model.addAttribute("kind", kind);
        model.addAttribute("fileName", file.getOriginalFilename());
        try {
            model.addAttribute("result", "courts".equals(kind)
                    ? imports.importCourts(file.getBytes(), file.getOriginalFilename(), scope)
                    : imports.importStaff(file.getBytes(), file.getOriginalFilename(), scope));
        } catch (DomainException e) {
            model.addAttribute("failure", e);
        }
        return "organization/import";
    }

    /** Parents before children, each with its depth, so the table reads as a tree. */
    private static List<Map<String, Object>> treeOrder(List<Map<String, Object>> rows) {
        List<Map<String, Object>> ordered = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>();
        rows.forEach(r -> codes.add((String) r.get("code")));
        rows.stream().filter(r -> r.get("parent_code") == null || !codes.contains(r.get("parent_code")))
                .sorted(Comparator.comparing(r -> (String) r.get("code")))
                .forEach(root -> addWithChildren(root, rows, ordered, 0));
        return ordered;
    }

    private static void addWithChildren(Map<String, Object> row, List<Map<String, Object>> rows,
            List<Map<String, Object>> out, int depth) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
        copy.put("depth", depth);
        out.add(copy);
        rows.stream().filter(r -> row.get("code").equals(r.get("parent_code")))
                .forEach(child -> addWithChildren(child, rows, out, depth + 1));
    }
}
