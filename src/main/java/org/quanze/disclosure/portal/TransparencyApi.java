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

    TransparencyApi(CourtAffairs affairs, Transparency transparency) {
        this.affairs = affairs;
        this.transparency = transparency;
    }

    @Operation(summary = "审判流程公开透明度指标（一个法院、一个期间；日期按法院时区，含首尾两日）")
    @GetMapping("/api/v1/public/courts/{code}/transparency")
    Transparency.Figures figures(@PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return transparency.of(affairs.court(code).id(), from, to);
    }
}
