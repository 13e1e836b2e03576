package org.quanze.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one CSV writer: formulas neutralised (OWASP CSV Injection), a BOM for Excel, times in the court's zone. */
class CsvWriterTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://evil\",\"张三\")|'=HYPERLINK(\"http://evil\",\"张三\")",
            "+1+cmd|'+1+cmd",
            "-2+3|'-2+3",
            "@SUM(A1:A9)|'@SUM(A1:A9)",
            "张三|张三",
            "a=b|a=b",
            "''|''"})
    void aCellASpreadsheetWouldRunGetsALeadingQuote(String cell, String written) {
        assertThat(CsvWriter.neutralised(cell)).isEqualTo(written);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
        assertThat(CsvWriter.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvWriter.neutralised("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void aFileStartsWithTheByteOrderMarkAndShowsLocalTimesAndPlainNumbers() {
        byte[] file = CsvWriter.write(SHANGHAI, List.of("seq", "at", "name"),
                csv -> csv.row(-1, Instant.parse("2026-12-06T01:00:00Z"), "=cmd|' /C calc'!A0"));
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(file[0]).isEqualTo((byte) 0xEF);
        assertThat(text).isEqualTo("\uFEFFseq,at,name\r\n-1,2026-12-06 09:00,'=cmd|' /C calc'!A0\r\n");
    }
}
