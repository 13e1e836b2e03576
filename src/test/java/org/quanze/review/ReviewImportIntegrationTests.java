package org.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 评查台账导入 with a good, a repeated, a corrected and a bad file, as CSV and as .xlsx: all rows or none, every bad
 * row named, a repeated file changes nothing.
 */
@QuanzeIntegrationTest
class ReviewImportIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;
    static final String HEADER = "case_number,kind,reviewing_court_code,enrolled_on,concluded_on,result,committee_studied,two_way_applied,self_or_cross\n";

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void goodRepeatedCorrectedAndBadFiles() {
        Http http = new Http(port);
        long judge = ReviewTestCases.judge(jdbc, "吉0102", 6);
        String a = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2020, 9901, judge, "REVERSED", false);
        String b = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2020, 9902, judge, null, false);
        String good = HEADER + a + ",重点,吉01,2020-03-01,2020-04-01,合格,否,否,\n" + b + ",文书,吉02,2020-03-02,,,否,否,互查\n";

        Http.Response first = post(http, good, "tmo");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"rows\":2", "\"created\":2", "\"unchanged\":0");
        Http.Response again = post(http, good, "tmo");
        assertThat(again.body()).as("a repeated file changes nothing").contains("\"created\":0", "\"updated\":0", "\"unchanged\":2");
        assertThat(count(a, b)).isEqualTo(2);

        String corrected = HEADER + a + ",重点,吉01,2020-03-01,2020-04-01,不合格,是,是,\n" + b + ",文书,吉02,2020-03-02,,,否,否,互查\n";
        assertThat(post(http, corrected, "tmo").body()).contains("\"updated\":1", "\"unchanged\":1");
        assertThat(jdbc.queryForObject("SELECT result || '/' || two_way FROM review.review WHERE case_number = ?", String.class, a))
                .isEqualTo("UNQUALIFIED/BASIC_TO_INTERMEDIATE");

        String c = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2020, 9903, judge, null, false);
        String bad = HEADER
                + c + ",重点,吉01,2020-03-01,,,否,否,\n"                       // 1 good — but nothing is stored
                + "（2020）吉0102民初1号x,重点,吉01,2020-03-01,,,否,否,\n"       // 2 no such case
                + c + ",抽查,吉01,2020-03-01,,,否,否,\n"                        // 3 unknown kind
                + c + ",文书,吉0102,2020-03-05,,,否,否,互查\n"                  // 4 cross-review of its own court (C2)
                + c + ",重点,吉01,2020-13-01,,,否,否,\n"                        // 5 no such date
                + c + ",重点,吉01,2020-03-09,,合格,否,否,\n"                    // 6 a result without its date
                + c + ",重点,吉99,2020-03-10,,,也许,否,\n"                      // 7 unknown court, not 是/否
                + c + ",重点,吉01,2020-03-01,,,否,否,\n";                       // 8 the same row as row 1
        Http.Response refused = post(http, bad, "tmo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("\"row\":2,\"field\":\"case_number\"")
                .contains("\"row\":3,\"field\":\"kind\"")
                .contains("\"row\":4,\"field\":\"self_or_cross\"").contains("C2")
                .contains("\"row\":5,\"field\":\"enrolled_on\"")
                .contains("\"row\":6,\"field\":\"concluded_on\"")
                .contains("\"row\":7,\"field\":\"reviewing_court_code\"").contains("\"row\":7,\"field\":\"committee_studied\"")
                .contains("\"row\":8,\"field\":\"case_number\"")
                .doesNotContain("\"row\":1,");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review.review WHERE case_number = ?", Long.class, c))
                .as("all or nothing").isZero();

        assertThat(post(http, good, "judge").status()).as("importing needs the import power").isEqualTo(403);
    }

    /**
     * The same ledger as an .xlsx workbook (its first sheet; dates typed as Excel dates): stored, repeated without
     * change, and a bad workbook refused whole with its rows named as in a CSV.
     */
    @Test
    void anXlsxLedgerIsReadLikeTheCsvOne() throws Exception {
        Http http = new Http(port);
        long judge = ReviewTestCases.judge(jdbc, "吉0102", 6);
        String a = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2020, 9911, judge, "REMANDED", false);
        String b = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2020, 9912, judge, null, false);
        byte[] good = xlsx(new Object[][] {
                {a, "重点", "吉01", java.time.LocalDate.of(2020, 3, 1), java.time.LocalDate.of(2020, 4, 1), "瑕疵", "否", "否", ""},
                {b, "文书", "吉02", "2020-03-02", "", "", "否", "否", "互查"}});
        Http.Response first = postXlsx(http, good, "tmo");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"rows\":2", "\"created\":2");
        assertThat(jdbc.queryForObject("SELECT result || ' ' || concluded_on FROM review.review WHERE case_number = ?", String.class, a))
                .as("an Excel date cell is read as its date").isEqualTo("FLAWED 2020-04-01");
        assertThat(postXlsx(http, good, "tmo").body()).contains("\"created\":0", "\"unchanged\":2");

        String c = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2020, 9913, judge, null, false);
        byte[] bad = xlsx(new Object[][] {
                {c, "重点", "吉01", "2020-03-01", "", "", "否", "否", ""},
                {c, "重点", "吉01", "2020-03-02", "2020-03-09", "很好", "否", "否", ""}});
        Http.Response refused = postXlsx(http, bad, "tmo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"row\":2,\"field\":\"result\"").doesNotContain("\"row\":1,");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review.review WHERE case_number = ?", Long.class, c)).isZero();
    }

    /** A workbook with the ledger's header and these rows; a LocalDate becomes a date cell. */
    private static byte[] xlsx(Object[][] rows) throws java.io.IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("台账");
            var dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = HEADER.strip().split(",");
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) head.createCell(i).setCellValue(header[i]);
            for (int r = 0; r < rows.length; r++) {
                var line = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    var cell = line.createCell(i);
                    if (rows[r][i] instanceof java.time.LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dates);
                    } else {
                        cell.setCellValue((String) rows[r][i]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Http.Response postXlsx(Http http, byte[] xlsx, String user) {
        return http.post("/api/v1/imports/reviews", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx, user, PW);
    }

    private long count(String a, String b) {
        return jdbc.queryForObject("SELECT count(*) FROM review.review WHERE case_number IN (?, ?)", Long.class, a, b);
    }

    private static Http.Response post(Http http, String csv, String user) {
        return http.post("/api/v1/imports/reviews", "text/csv", csv.getBytes(StandardCharsets.UTF_8), user, PW);
    }
}
