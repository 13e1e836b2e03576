package org.quanze.disclosure.portal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 审务公开 on the public site ({@code /public/courts}, no sign-in). */
@Controller
class CourtAffairsPages {

    private final CourtAffairs affairs;

    CourtAffairsPages(CourtAffairs affairs) {
        this.affairs = affairs;
    }

    @GetMapping("/public/courts")
    String courts(Model model) {
        model.addAttribute("courts", affairs.courts());
        return "portal/courts";
    }

    @GetMapping("/public/courts/{code}")
    String court(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("p", affairs.page(code, from, to));
        return "portal/court";
    }
}
