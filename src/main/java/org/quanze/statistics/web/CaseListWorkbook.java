package org.quanze.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.quanze.organization.StaffView;
import org.quanze.statistics.FigureCases;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.Statistics;

/**
 * The cases behind a figure as a workbook, every page of the list, read a thousand at a time and written as a stream
 * (a province's 受理 is hundreds of thousands of rows). Dates are date cells; codes are shown with their labels, as on
 * the page.
 */
final class CaseListWorkbook {

    /** Rows read per call of the statistics (its largest page). */
    private static final int BATCH = 1000;

    private CaseListWorkbook() {
    }

    static byte[] write(Statistics statistics, Statistics.Scope scope, String code, Statistics.Part part, GroupBy groupBy,
            String key, SituationReportPdf.Text text) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(BATCH); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text.of("stat.cases"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            String[] head = {text.of("stat.case.number"), text.of("stat.case.court"), text.of("stat.case.type"),
                    text.of("stat.case.procedure"), text.of("stat.case.filedOn"), text.of("stat.case.closedOn"),
                    text.of("stat.case.closeMethod"), text.of("stat.case.handler"), text.of("stat.case.upperOutcome"),
                    text.of("stat.case.events")};
            boolean events = Indicators.get(code).countsEvents();
            if (!events) head = java.util.Arrays.copyOf(head, head.length - 1);
            Row header = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                header.createCell(i).setCellValue(head[i]);
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, (i == 0 ? 28 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (int page = 0; ; page++) {
                FigureCases cases = statistics.cases(scope, code, part, groupBy, key, page, BATCH);
                Set<Long> handlers = cases.rows().stream().map(FigureCases.Row::handlerId).filter(Objects::nonNull)
                        .collect(Collectors.toSet());
                Map<Long, StaffView> staff = statistics.staff(handlers, scope.to());
                for (FigureCases.Row c : cases.rows()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(c.caseNumber());
                    row.createCell(1).setCellValue(c.courtCode());
                    row.createCell(2).setCellValue(c.caseType());
                    row.createCell(3).setCellValue(label(text, "stat.procedure.", c.procedure()));
                    date(row, 4, c.filedOn(), date);
                    date(row, 5, c.closedOn(), date);
                    row.createCell(6).setCellValue(label(text, "stat.closeMethod.", c.closeMethod()));
                    StaffView s = c.handlerId() == null ? null : staff.get(c.handlerId());
                    row.createCell(7).setCellValue(s == null ? "" : s.name());
                    row.createCell(8).setCellValue(label(text, "stat.outcome.", c.upperOutcome()));
                    if (events) row.createCell(9).setCellValue(c.events());
                }
                if (cases.rows().size() < BATCH || (long) (page + 1) * BATCH >= cases.total()) break;
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void date(Row row, int column, LocalDate day, CellStyle style) {
        if (day == null) return;
        Cell cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(style);
    }

    /** The code's label in the reader's language, the code itself when it has none. */
    static String label(SituationReportPdf.Text text, String prefix, String code) {
        if (code == null || code.isEmpty()) return "";
        return text.messages().getMessage(prefix + code, null, code, text.locale());
    }
}
