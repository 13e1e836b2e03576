package org.quanze.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A file of rows under a header, read from CSV (UTF-8, header row, comma; a BOM is tolerated) or from the first
 * sheet of an .xlsx workbook, and written back in either format with the same columns.
 */
public record Table(List<String> header, List<Map<String, String>> rows) {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** Reads CSV or .xlsx, told apart by the content (an .xlsx file is a zip). */
    public static Table read(byte[] content) {
        if (content.length >= 4 && content[0] == ZIP[0] && content[1] == ZIP[1] && content[2] == ZIP[2] && content[3] == ZIP[3]) {
            return readXlsx(content);
        }
        return readCsv(content);
    }

    static Table readCsv(byte[] content) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(Table::column).toList();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < record.size() ? record.get(i) : "");
                rows.add(row);
            }
            return new Table(header, rows);
        } catch (IOException | RuntimeException e) {
            throw new DomainException(422, "import.unreadable", "文件无法按 UTF-8 CSV 读取：" + e.getMessage(), e.getMessage());
        }
    }

    static Table readXlsx(byte[] content) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<String> header = new ArrayList<>();
            List<Map<String, String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (header.isEmpty()) {
                    for (Cell cell : row) header.add(column(format.formatCellValue(cell)));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean blank = true;
                for (int i = 0; i < header.size(); i++) {
                    Cell cell = row.getCell(i);
                    String value = cell == null ? "" : cellText(cell, format);
                    blank &= value.isEmpty();
                    values.put(header.get(i), value);
                }
                if (!blank) rows.add(values);
            }
            return new Table(header, rows);
        } catch (IOException | RuntimeException e) {
            throw new DomainException(422, "import.unreadable", "无法读取 .xlsx 文件：" + e.getMessage(), e.getMessage());
        }
    }

    /** Dates typed into Excel arrive as date cells; take them as YYYY-MM-DD like the CSV columns. */
    private static String cellText(Cell cell, DataFormatter format) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return format.formatCellValue(cell).trim();
    }

    private static String column(String name) {
        return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    /** Through the platform's one CSV writer (BOM, local times, formulas neutralised). */
    public byte[] toCsv(java.time.ZoneId zone) {
        return org.quanze.shared.CsvWriter.write(zone, header,
                csv -> rows.forEach(row -> csv.row(header.stream().map(h -> row.getOrDefault(h, "")).toList())));
    }

    public byte[] toXlsx(String sheetName) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) head.createCell(i).setCellValue(header.get(i));
            int r = 1;
            for (Map<String, String> row : rows) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < header.size(); i++) line.createCell(i).setCellValue(row.getOrDefault(header.get(i), ""));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
