package org.quanze.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quanze.authority.Action;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.MenuGroup;
import org.quanze.disclosure.internal.DoubleHundredCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 裁判文书“双百”核查: the page, its JSON, the cases behind each figure, and the .xlsx export (figures and cases). */
@Controller
class DoubleHundredPages {

    private final DoubleHundredCheck check;
    private final CurrentActor current;
    private final MessageSource messages;
    private final Clock clock;

    DoubleHundredPages(DoubleHundredCheck check, CurrentActor current, MessageSource messages, Clock clock) {
        this.check = check;
        this.current = current;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static MenuEntry doubleHundredMenu() {
        return new MenuEntry(84, "nav.doubleHundred", "/disclosure/double-hundred", Action.VIEW_STATISTICS, MenuGroup.TRIAL_MANAGEMENT)
                .forCourtStaff();
    }

    @GetMapping("/disclosure/double-hundred")
    String page(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "NEITHER") String figure, Model model) {
        LocalDate today = LocalDate.now(clock);
        String c = court == null || court.isBlank() ? current.get().courtCode() : court;
        LocalDate f = from == null ? today.withDayOfYear(1) : from;
        LocalDate t = to == null ? today : to;
        model.addAttribute("report", check.report(c, f, t));
        model.addAttribute("figure", figure);
        model.addAttribute("figures", DoubleHundredCheck.FIGURES);
        model.addAttribute("cases", check.cases(c, f, t, figure));
        return "disclosure/double-hundred";
    }

    @GetMapping("/disclosure/double-hundred.xlsx")
    void export(@RequestParam String court, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response) throws IOException {
        DoubleHundredCheck.Report report = check.report(court, from, to);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet figures = book.createSheet(text("dh.sheet.figures"));
            Row head = figures.createRow(0);
            head.createCell(0).setCellValue(text("dh.court"));
            for (int i = 0; i < DoubleHundredCheck.FIGURES.size(); i++) {
                head.createCell(i + 1).setCellValue(text("dh.figure." + DoubleHundredCheck.FIGURES.get(i)));
            }
            head.createCell(DoubleHundredCheck.FIGURES.size() + 1).setCellValue(text("dh.rate"));
            int r = 1;
            for (DoubleHundredCheck.Row row : report.rows()) {
                Row x = figures.createRow(r++);
                x.createCell(0).setCellValue(row.name());
                for (int i = 0; i < DoubleHundredCheck.FIGURES.size(); i++) {
                    x.createCell(i + 1).setCellValue(row.figures().get(DoubleHundredCheck.FIGURES.get(i)));
                }
                if (row.rate() != null) x.createCell(DoubleHundredCheck.FIGURES.size() + 1).setCellValue(row.rate());
            }
            Sheet cases = book.createSheet(text("dh.sheet.cases"));
            Row caseHead = cases.createRow(0);
            String[] columns = {"dh.caseNumber", "dh.court", "dh.closedOn", "dh.status", "dh.dueOn", "dh.figure.OVERDUE"};
            for (int i = 0; i < columns.length; i++) caseHead.createCell(i).setCellValue(text(columns[i]));
            int k = 1;
            for (DoubleHundredCheck.Entry e : check.cases(court, from, to, "EFFECTIVE")) {
                Row x = cases.createRow(k++);
                x.createCell(0).setCellValue(e.caseNumber());
                x.createCell(1).setCellValue(e.court());
                x.createCell(2).setCellValue(e.closedOn().toString());
                x.createCell(3).setCellValue(text("dh.figure." + e.status()));
                x.createCell(4).setCellValue(e.dueOn().toString());
                x.createCell(5).setCellValue(e.overdue() ? "✓" : "");
            }
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            String name = URLEncoder.encode("双百核查-" + report.court() + "-" + from + "-" + to + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
            book.write(response.getOutputStream());
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
