package org.quanze.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.casefile.domain.Fixtures.refused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 案号 — 《关于人民法院案件案号的若干规定》(法〔2015〕137号) 第1–10条, as amended by 法〔2018〕335号. */
class CaseNumberTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # input                   | year | court  | special | type   | seq | official form
            （2017）吉01民初770号        | 2017 | 吉01   |         | 民初   | 770 | （2017）吉01民初770号
            (2017)吉01民初123号          | 2017 | 吉01   |         | 民初   | 123 | （2017）吉01民初123号
            '  （2017）吉民终5号 '        | 2017 | 吉     |         | 民终   | 5   | （2017）吉民终5号
            （2016）粤0703民初1号        | 2016 | 粤0703 |         | 民初   | 1   | （2016）粤0703民初1号
            （2018）吉71刑终5号          | 2018 | 吉71   |         | 刑终   | 5   | （2018）吉71刑终5号
            （2019）最高法知民终1号       | 2019 | 最高法 | 知      | 民终   | 1   | （2019）最高法知民终1号
            （2020）吉行赔初5号          | 2020 | 吉     |         | 行赔初 | 5   | （2020）吉行赔初5号
            （2020）吉01行赔终12号       | 2020 | 吉01   |         | 行赔终 | 12  | （2020）吉01行赔终12号
            （2020）吉01行赔3号          | 2020 | 吉01   |         | 行赔   | 3   | （2020）吉01行赔3号
            （2021）吉0102执恢3号        | 2021 | 吉0102 |         | 执恢   | 3   | （2021）吉0102执恢3号
            （2021）吉0102执1024号       | 2021 | 吉0102 |         | 执     | 1024| （2021）吉0102执1024号
            （2021）京司救民1号          | 2021 | 京     |         | 司救民 | 1   | （2021）京司救民1号
            （2021）京司救2号            | 2021 | 京     |         | 司救   | 2   | （2021）京司救2号
            （2021）内01行初9号          | 2021 | 内01   |         | 行初   | 9   | （2021）内01行初9号
            （2021）兵08民终4号          | 2021 | 兵08   |         | 民终   | 4   | （2021）兵08民终4号
            （2022）沪74金民初7号        | 2022 | 沪74   | 金      | 民初   | 7   | （2022）沪74金民初7号
            （1949）京刑初1号            | 1949 | 京     |         | 刑初   | 1   | （1949）京刑初1号
            """)
    // 行赔初 / 行赔 / 执恢 / 司救民 rows: the longer type code is never cut short to 行初, 行赔, 执 or 司救.
    void parses_the_official_form_第1条至第5条(String input, int year, String court, String special, String type,
                                              int seq, String official) {
        CaseNumber number = CaseNumber.parse(input);
        assertThat(number.year()).isEqualTo(year);
        assertThat(number.courtCode()).isEqualTo(court);
        assertThat(number.specialTrialCode().orElse(null)).isEqualTo(special);
        assertThat(number.type().code()).isEqualTo(type);
        assertThat(number.sequence()).isEqualTo(seq);
        assertThat(number).hasToString(official);
        assertThat(CaseNumber.parse(official)).isEqualTo(number);
    }

    @ParameterizedTest(name = "{0} → refused on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            （2017）吉01民初770           | caseNumber
            2017吉01民初1号               | caseNumber
            （17）吉01民初1号             | caseNumber
            （1948）吉01民初1号           | year
            （2101）吉01民初1号           | year
            （2017）吉01民初0号           | sequence
            （2017）吉01民初0123号        | sequence
            （2017）吉01民初99999999999号 | sequence
            （2017）吉01民审1号           | caseType
            （2017）吉01民X1号            | caseType
            （2017）吉01知1号             | caseType
            （2017）吉01号                | caseType
            （2017）吉01民初号            | sequence
            （2017）吉01民初1a号          | caseNumber
            （2017）吉01民初初1号         | caseType
            （2017）吉012民初1号          | courtCode
            （2017）吉1民初1号            | courtCode
            （2017）美01民初1号           | courtCode
            （2017）最高法01民初1号        | courtCode
            （2017）民初1号               | courtCode
            """)
    void refuses_malformed_numbers(String input, String field) {
        var refusal = refused(() -> CaseNumber.parse(input), "casenumber.invalid");
        assertThat(refusal.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo(field));
        assertThat(refusal.getMessage()).startsWith("案号无效");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "号"})
    void refuses_blank_input(String input) {
        refused(() -> CaseNumber.parse(input), "casenumber.invalid");
    }

    @Test
    void special_trial_codes_are_configuration_2018_amendment() {
        refused(() -> CaseNumber.parse("（2019）最高法知民终1号", SpecialTrialCodes.NONE), "casenumber.invalid");
        assertThat(CaseNumber.parse("（2019）吉01环民初2号", SpecialTrialCodes.of("环")).specialTrialCode()).contains("环");
    }

    @ParameterizedTest(name = "special-trial code \"{0}\" is refused")
    @ValueSource(strings = {"民", "刑", "执", "司", "吉", "最", "知识", "A", "1"})
    void special_trial_code_may_not_clash_with_court_or_type_codes(String code) {
        refused(() -> SpecialTrialCodes.of(code), "casenumber.invalid");
    }

    @ParameterizedTest(name = "of({0}, {1}, {2}, {3}) = {4}")
    @CsvSource({
            "2017, 吉01,    CIVIL_FIRST,                       123, （2017）吉01民初123号",
            "2018, 吉0102,  ENFORCEMENT_RESUMED,               7,   （2018）吉0102执恢7号",
            "2019, 吉,      ADMINISTRATIVE_COMPENSATION_FIRST, 1,   （2019）吉行赔初1号",
    })
    void of_builds_the_official_form(int year, String court, CaseType type, int seq, String expected) {
        assertThat(CaseNumber.of(year, court, type, seq)).hasToString(expected)
                .isEqualTo(CaseNumber.parse(expected));
    }

    @Test
    void of_with_special_trial_code_2018_amendment() {
        assertThat(CaseNumber.of(2019, "最高法", "知", CaseType.CIVIL_SECOND, 1)).hasToString("（2019）最高法知民终1号");
    }

    @ParameterizedTest(name = "of({0}, {1}, {2}) refused on {3}")
    @CsvSource({
            "1948, 吉01,   1, year",
            "2101, 吉01,   1, year",
            "2017, 吉001,  1, courtCode",
            "2017, '',     1, courtCode",
            "2017, 最高法1, 1, courtCode",
            "2017, 吉01,   0, sequence",
            "2017, 吉01,  -5, sequence",
    })
    void of_refuses_invalid_parts(int year, String court, int seq, String field) {
        var refusal = refused(() -> CaseNumber.of(year, court, CaseType.CIVIL_FIRST, seq), "casenumber.invalid");
        assertThat(refusal.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo(field));
    }
}
