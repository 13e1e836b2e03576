package org.quanze.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quanze.statistics.ChangeRule;
import org.quanze.statistics.Figure;
import org.quanze.statistics.Finding;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.SituationAnalysis.Situation;
import org.quanze.statistics.StatisticsReport;
import org.quanze.statistics.Unit;
import org.springframework.context.MessageSource;

/**
 * The situation analysis as a workbook people can compute with: one sheet per table (基本情况 with 同比 and the
 * province, 法院排名, 按月, 发现的问题, 指标定义), every figure a numeric cell — rates as fractions with a percentage
 * format, 同比 of a rate in percentage points — and headers in the reader's language. "—" marks no data (a rate without
 * a base, a year before the history began), never a zero. The indicator code column is for the English reader only.
 */
final class BasicTableWorkbook {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final SituationReportPdf.Text text;
    private final CellStyle bold;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle points;

    private BasicTableWorkbook(SituationReportPdf.Text text) {
        this.text = text;
        bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        integer = format("0");
        decimal = format("0.00");
        percent = format("0.00%");
        // 同比 of a rate: the difference of two percentages, in points (the value is ×100)
        points = format(text.of("stat.xlsx.points.format"));
    }

    private CellStyle format(String pattern) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(pattern));
        return style;
    }

    /** The workbook of a situation and its months, in the reader's locale. */
    static byte[] write(Situation situation, StatisticsReport months, MessageSource messages, Locale locale) {
        BasicTableWorkbook w = new BasicTableWorkbook(new SituationReportPdf.Text(messages, locale));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.figures(situation);
            if (!situation.ranking().isEmpty()) w.ranking(situation);
            w.months(months);
            w.findings(situation.findings());
            w.definitions();
            w.book.write(out);
            w.book.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean codes() {
        return !Locale.CHINESE.getLanguage().equals(text.locale().getLanguage());
    }

    private String name(IndicatorDefinition d) {
        return text.of("indicator." + d.code());
    }

    private void figures(Situation situation) {
        Sheet sheet = book.createSheet(text.of("stat.xlsx.sheet.figures"));
        StatisticsReport.Row total = situation.total();
        title(sheet, situation.scope().court().name() + (situation.scope().subordinates()
                ? "（" + text.of("stat.subordinates") + "）" : "") + " " + text.of("stat.title") + " "
                + text.of("stat.period", situation.scope().from(), situation.scope().to()));
        boolean noPrevious = NoData.previous(total);
        header(sheet, 2, text.of("stat.item"), text.of("stat.current"), text.of("stat.previous"), text.of("stat.change"),
                text.of("stat.province"), text.of("stat.benchmark"), text.of("stat.numerator"), text.of("stat.denominator"),
                codes() ? text.of("stat.xlsx.code") : null);
        int r = 3;
        for (IndicatorDefinition d : Indicators.ALL) {
            Figure f = total.figure(d.code());
            if (f == null) continue;
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(name(d));
            value(row, 1, d.unit(), f.value());
            value(row, 2, d.unit(), noPrevious ? null : f.previous());
            change(row, 3, d, noPrevious ? null : f.change());
            Figure p = situation.province().figure(d.code());
            value(row, 4, d.unit(), p == null ? null : p.value());
            value(row, 5, d.unit(), situation.benchmarks().get(d.code()));
            count(row, 6, f.numerator());
            count(row, 7, f.denominator());
            if (codes()) row.createCell(8).setCellValue(d.code());
        }
        widths(sheet, 26, 9);
    }

    private void ranking(Situation situation) {
        Sheet sheet = book.createSheet(text.of("stat.xlsx.sheet.ranking"));
        List<IndicatorDefinition> columns = StatisticsPages.RANKING_COLUMNS;
        String[] head = new String[columns.size() + 3];
        head[0] = "#";
        head[1] = text.of("stat.court");
        head[2] = text.of("stat.xlsx.courtCode");
        for (int i = 0; i < columns.size(); i++) head[i + 3] = name(columns.get(i));
        title(sheet, text.of("stat.ranking") + " · " + name(Indicators.CLOSURE_RATE));
        header(sheet, 2, head);
        int r = 3;
        for (StatisticsReport.Row court : situation.ranking()) {
            Row row = sheet.createRow(r);
            count(row, 0, (long) (r - 2));
            row.createCell(1).setCellValue(court.label());
            row.createCell(2).setCellValue(court.key());
            for (int i = 0; i < columns.size(); i++) {
                Figure f = court.figure(columns.get(i).code());
                value(row, i + 3, columns.get(i).unit(), f == null ? null : f.value());
            }
            r++;
        }
        widths(sheet, 30, head.length);
    }

    private void months(StatisticsReport months) {
        Sheet sheet = book.createSheet(text.of("stat.xlsx.sheet.months"));
        MonthlyTrend trend = MonthlyTrend.of(months);
        title(sheet, text.of("stat.trend"));
        header(sheet, 2, text.of("stat.axis.month"), name(Indicators.NEWLY_FILED), name(Indicators.CLOSED),
                text.of("stat.trend.cumulative"));
        for (int i = 0; i < trend.months().size(); i++) {
            Row row = sheet.createRow(3 + i);
            row.createCell(0).setCellValue(trend.months().get(i));
            count(row, 1, trend.filed().get(i));
            count(row, 2, trend.closed().get(i));
            value(row, 3, Unit.RATE, trend.cumulative().get(i));
        }
        Row note = sheet.createRow(4 + trend.months().size());
        note.createCell(0).setCellValue(text.of("stat.trend.note"));
        widths(sheet, 14, 4);
    }

    private void findings(List<Finding> findings) {
        Sheet sheet = book.createSheet(text.of("stat.xlsx.sheet.findings"));
        header(sheet, 0, "#", text.of("stat.indicator"), text.of("stat.findings"));
        if (findings.isEmpty()) sheet.createRow(1).createCell(2).setCellValue(text.of("stat.findings.none"));
        for (int i = 0; i < findings.size(); i++) {
            Row row = sheet.createRow(1 + i);
            count(row, 0, (long) (i + 1));
            row.createCell(1).setCellValue(name(Indicators.get(findings.get(i).code())));
            row.createCell(2).setCellValue(findings.get(i).message());
        }
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 26 * 256);
        sheet.setColumnWidth(2, 90 * 256);
    }

    private void definitions() {
        Sheet sheet = book.createSheet(text.of("stat.xlsx.sheet.definitions"));
        header(sheet, 0, text.of("stat.indicator"), text.of("stat.xlsx.unit"), text.of("stat.xlsx.definition"),
                codes() ? text.of("stat.xlsx.code") : null);
        int r = 1;
        for (IndicatorDefinition d : Indicators.ALL) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(name(d));
            row.createCell(1).setCellValue(text.of("stat.unit." + d.unit().name()));
            row.createCell(2).setCellValue(d.note());
            if (codes()) row.createCell(3).setCellValue(d.code());
        }
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        sheet.setColumnWidth(3, 30 * 256);
    }

    private void title(Sheet sheet, String title) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(bold);
    }

    private void header(Sheet sheet, int at, String... head) {
        Row row = sheet.createRow(at);
        for (int i = 0; i < head.length; i++) {
            if (head[i] == null) continue;
            row.createCell(i).setCellValue(head[i]);
            row.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, at + 1);
    }

    /** A figure as a number in its unit's format, or "—" for none. */
    private void value(Row row, int column, Unit unit, Double v) {
        Cell cell = row.createCell(column);
        if (v == null) {
            cell.setCellValue(NoData.MARK);
            return;
        }
        cell.setCellValue(v);
        cell.setCellStyle(switch (unit) {
            case CASES, EVENTS -> integer;
            case RATE -> percent;
            case PER_JUDGE, DAYS -> decimal;
        });
    }

    private void change(Row row, int column, IndicatorDefinition d, Double change) {
        Cell cell = row.createCell(column);
        if (change == null) {
            cell.setCellValue(NoData.MARK);
            return;
        }
        if (d.changeRule() == ChangeRule.PERCENTAGE_POINTS) {
            cell.setCellValue(change * 100);
            cell.setCellStyle(points);
        } else {
            cell.setCellValue(change);
            cell.setCellStyle(percent);
        }
    }

    private void count(Row row, int column, Long n) {
        if (n == null) return;
        Cell cell = row.createCell(column);
        cell.setCellValue(n);
        cell.setCellStyle(integer);
    }

    private static void widths(Sheet sheet, int first, int columns) {
        for (int i = 0; i < columns; i++) sheet.setColumnWidth(i, (i == 0 ? first : 14) * 256);
    }
}
