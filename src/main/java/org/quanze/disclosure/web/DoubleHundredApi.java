package org.quanze.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.quanze.disclosure.internal.DoubleHundredCheck;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/** JSON of the 双百 check: the figures per court and the cases behind each (refusals as problem+json). */
@RestController
@Tag(name = "裁判文书上网 Judgment publication")
class DoubleHundredApi {

    private final DoubleHundredCheck check;

    DoubleHundredApi(DoubleHundredCheck check) {
        this.check = check;
    }

    @Operation(summary = "裁判文书“双百”核查：按法院与期间的生效文书、已公开、不公开已公示、两者皆无（含逾期）与完成率")
    @GetMapping("/api/v1/disclosure/double-hundred")
    @ResponseBody
    DoubleHundredCheck.Report report(@RequestParam String court, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return check.report(court, from, to);
    }

    @Operation(summary = "“双百”核查某一数字背后的案件（逾期的在前）")
    @GetMapping("/api/v1/disclosure/double-hundred/cases")
    @ResponseBody
    List<DoubleHundredCheck.Entry> cases(@RequestParam String court, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam String figure) {
        return check.cases(court, from, to, figure);
    }

}
