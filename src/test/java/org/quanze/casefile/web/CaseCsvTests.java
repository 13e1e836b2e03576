package org.quanze.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A case-list export cell: a text a spreadsheet would run as a formula is defused, separators are quoted. */
class CaseCsvTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            （2026）吉0102民初1号 | （2026）吉0102民初1号
            =HYPERLINK("x")      | `"'=HYPERLINK(""x"")"`
            +1                   | '+1
            -1                   | '-1
            @SUM(A1)             | '@SUM(A1)
            王五,赵六             | `"王五,赵六"`
            """)
    void cellsAreQuotedAndFormulasDefused(String value, String cell) {
        assertThat(CaseCsv.cell(value)).isEqualTo(cell);
    }

    @org.junit.jupiter.api.Test
    void aLeadingTabOrCarriageReturnIsDefused() {
        assertThat(CaseCsv.cell("\t1")).isEqualTo("'\t1");
        assertThat(CaseCsv.cell("\r1")).isEqualTo("\"'\r1\"");
        assertThat(CaseCsv.cell(null)).isEmpty();
    }
}
