package org.quanze.disclosure.portal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The transparency figures as JSON, public like the court-affairs pages (other court systems read them). */
@RestController
class TransparencyApi {

    private final CourtAffairs affairs;
    private final Transparency transparency;

    private final java.time.Clock clock;

    TransparencyApi(CourtAffairs affairs, Transparency transparency, java.time.Clock clock) {
        this.clock = clock;
        this.affairs = affairs;
        this.transparency = transparency;
    }

    @Operation(summary = "审判流程公开透明度指标（一个法院、一个期间，默认本年至今；日期按法院时区，含首尾两日）")
    @GetMapping("/api/v1/public/courts/{code}/transparency")
    Transparency.Figures figures(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return transparency.of(affairs.court(code).id(), from == null ? today.withDayOfYear(1) : from, to == null ? today : to);
    }
}
