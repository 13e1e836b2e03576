package org.quanze.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the platform writes a CSV file for people to open (every export goes through it):
 * <ul>
 * <li>a UTF-8 byte-order mark first, so Excel reads the Chinese text as UTF-8;</li>
 * <li>times in the court's zone as {@code 2026-12-06 09:00}, never UTC instants;</li>
 * <li>a cell starting with {@code = + - @}, tab or carriage return gets a leading single quote, so a spreadsheet
 * shows it as text instead of running it as a formula (OWASP "CSV Injection"): a name imported as
 * {@code =HYPERLINK(…)} must not become a link in the office's spreadsheet.</li>
 * </ul>
 */
public final class CsvWriter {

    static final char BOM = '\uFEFF';
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CSVPrinter printer;
    private final ZoneId zone;

    private CsvWriter(CSVPrinter printer, ZoneId zone) {
        this.printer = printer;
        this.zone = zone;
    }

    /** A whole file: the header, then the rows the writer is given. */
    public static byte[] write(ZoneId zone, List<String> header, Consumer<CsvWriter> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var text = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            text.write(BOM);
            CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT);
            CsvWriter writer = new CsvWriter(printer, zone);
            writer.row(header.toArray());
            rows.accept(writer);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One row; {@code null} is an empty cell, an {@link Instant} a local time, anything else its text. */
    public void row(Object... cells) {
        try {
            for (Object cell : cells) printer.print(text(cell));
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<?> cells) {
        row(cells.toArray());
    }

    private String text(Object cell) {
        if (cell == null) return "";
        if (cell instanceof Instant t) return LOCAL_TIME.format(t.atZone(zone));
        if (cell instanceof Number) return cell.toString();
        return neutralised(cell.toString());
    }

    /** OWASP: a text cell a spreadsheet would read as a formula is prefixed with a single quote. */
    static String neutralised(String text) {
        if (text.isEmpty()) return text;
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
