package org.quanze.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quanze.statistics.Figure;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.StatisticsReport;

/** The basic figures and key indicators as a workbook: 项目, 本期, 去年同期, 同比, 分子, 分母, as the courts exchange them. */
final class BasicTableWorkbook {

    private BasicTableWorkbook() {
    }

    static byte[] write(StatisticsReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("基本情况");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(report.courtName() + (report.subordinates() ? "（含下级法院）" : "")
                    + " 审判运行态势 " + report.from() + " 至 " + report.to());
            title.getCell(0).setCellStyle(bold);
            String[] head = {"项目", "本期", "去年同期", "同比", "分子", "分母", "指标代码"};
            Row header = sheet.createRow(2);
            for (int i = 0; i < head.length; i++) {
                header.createCell(i).setCellValue(head[i]);
                header.getCell(i).setCellStyle(bold);
            }
            StatisticsReport.Row total = report.total();
            int r = 3;
            for (IndicatorDefinition d : Indicators.ALL) {
                Figure f = total.figure(d.code());
                if (f == null) continue;
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(d.chineseName());
                row.createCell(1).setCellValue(f.display(d.unit()));
                row.createCell(2).setCellValue(f.displayPrevious(d.unit()));
                row.createCell(3).setCellValue(f.displayChange());
                row.createCell(4).setCellValue(f.numerator() == null ? 0 : f.numerator());
                if (f.denominator() != null) row.createCell(5).setCellValue(f.denominator());
                row.createCell(6).setCellValue(d.code());
            }
            for (int i = 0; i < head.length; i++) sheet.setColumnWidth(i, i == 0 ? 24 * 256 : 14 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
