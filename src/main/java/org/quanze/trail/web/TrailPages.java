package org.quanze.trail.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.quanze.authority.Action;
import org.quanze.authority.MenuEntry;
import org.quanze.shared.CsvWriter;
import org.quanze.shared.DomainException;
import org.quanze.trail.TrailEvent;
import org.quanze.trail.TrailQuery;
import org.quanze.trail.internal.TrailService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.context.MessageSource;

/** 留痕记录 pages: filter by person, case, action and time; export CSV; verify the chain. */
@Controller
class TrailPages {

    private static final List<String> CSV_HEADER = List.of("seq", "occurred_at", "actor", "actor_name", "post",
            "court_code", "action", "target_type", "target_id", "case_number", "changes", "client_address", "prev_hash",
            "hash");

    private final TrailService trail;
    private final ZoneId zone;
    private final TrailChanges changes;

    TrailPages(TrailService trail, MessageSource messages, @Value("${quanze.zone:Asia/Shanghai}") ZoneId zone) {
        this.trail = trail;
        this.zone = zone;
        this.changes = new TrailChanges(messages, zone);
    }

    @Bean
    static MenuEntry trailMenu() {
        return new MenuEntry(80, "nav.trail", "/trail", Action.VIEW_TRAIL);
    }

    @GetMapping("/trail")
    String page(Filter filter, Model model) {
        trail.require(Action.VIEW_TRAIL);
        model.addAttribute("filter", filter);
        model.addAttribute("zone", zone);
        model.addAttribute("changes", changes);
        if (filter.reversed()) {
            // a reversed window matches nothing: say so at the field instead of showing an empty list
            model.addAttribute("dateError", "trail.error.reversed");
            model.addAttribute("events", List.of());
        } else {
            model.addAttribute("events", trail.findForReader(filter.query(zone), 500));
        }
        model.addAttribute("actions", trail.actions());
        return "trail/trail";
    }

    @GetMapping("/trail/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verifyForReader());
        model.addAttribute("zone", zone);
        return "trail/verify";
    }

    @GetMapping(path = "/trail/export.csv")
    @ResponseBody
    ResponseEntity<byte[]> export(Filter filter) {
        if (filter.reversed()) throw reversed();
        List<TrailEvent> events = trail.findForReader(filter.query(zone), 100_000);
        byte[] body = CsvWriter.write(zone, CSV_HEADER, csv -> events.forEach(e -> csv.row(e.seq(), e.occurredAt(),
                e.actor(), e.actorName(), e.post(), e.courtCode(), e.action(), e.targetType(), e.targetId(),
                e.caseNumber(), e.changes(), e.clientAddress(), e.prevHash(), e.hash())));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("trail.csv").build().toString())
                .body(body);
    }

    static DomainException reversed() {
        return new DomainException(400, "trail.error.reversed", "结束日期早于开始日期",
                List.of(DomainException.FieldError.of("to", "结束日期早于开始日期")));
    }

    /** The page's filter; dates are business dates in the court's zone, the end date inclusive. */
    record Filter(String actor, String caseNumber, String action,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

        boolean reversed() {
            return from != null && to != null && to.isBefore(from);
        }

        TrailQuery query(ZoneId zone) {
            Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
            Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
            return new TrailQuery(actor, caseNumber, action, start, end);
        }
    }
}
