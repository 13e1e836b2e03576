package org.quanze.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.casefile.domain.Fixtures.refused;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 公民身份号码 — GB 11643-1999; check characters computed independently with the MOD 11-2 weights. */
class ResidentIdTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "11010519491231002X,     11010519491231002X, 1949-12-31, **************002X",
            "11010519491231002x,     11010519491231002X, 1949-12-31, **************002X",
            "' 220102198001011234 ', 220102198001011234, 1980-01-01, **************1234",
            "440703199912310010,     440703199912310010, 1999-12-31, **************0010",
            "220102200002294563,     220102200002294563, 2000-02-29, **************4563",
            "110101199003076632,     110101199003076632, 1990-03-07, **************6632",
            "350203198506157424,     350203198506157424, 1985-06-15, **************7424",
    })
    void accepts_valid_numbers_and_normalises_x(String input, String normalised, LocalDate birth, String masked) {
        ResidentId id = ResidentId.parse(input);
        assertThat(id.value()).isEqualTo(normalised);
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id.masked()).isEqualTo(masked).hasSize(18);
        // 法释〔2016〕19号 第10条: the full number must not leak through toString into logs or documents.
        assertThat(id).hasToString(masked);
    }

    /**
     * 法释〔2016〕19号 第10条 deletes 身份证号码 from a published text; 第11条 publishes a party's birth date and county. The
     * masked form must keep at most four characters and nothing of the address code or the birth date, or the two
     * together give back the number (the former form, 220102********1234, kept ten digits).
     */
    @ParameterizedTest(name = "{0} masked keeps at most 4 characters — 法释〔2016〕19号 第10条")
    @CsvSource({
            "220102198001011234, 220102, 19800101",
            "11010519491231002X, 110105, 19491231",
            "440703199912310010, 440703, 19991231",
            "350203198506157424, 350203, 19850615",
    })
    void masked_form_keeps_neither_address_code_nor_birth_date(String number, String addressCode, String birthDate) {
        String masked = ResidentId.parse(number).masked();
        assertThat(masked.chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(4);
        assertThat(masked).doesNotContain(addressCode).doesNotContain(birthDate)
                .isEqualTo("*".repeat(14) + number.substring(14));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "110105194912310021, 校验码",   // last character should be X
            "220102198001011235, 校验码",
            "11010519491231002Y, 18位",
            "1101051949123100X2, 18位",
            "11010519491231002,  18位",
            "11010519491231002XX, 18位",
            "220102198002301234, 出生日期", // 30 February
            "220102199013011234, 出生日期", // month 13
            "220102189912311234, 出生日期", // before 1900
    })
    void refuses_invalid_numbers_with_a_clear_message(String input, String messagePart) {
        var refusal = refused(() -> ResidentId.parse(input), "residentid.invalid");
        assertThat(refusal.getMessage()).contains(messagePart);
        assertThat(refusal.args()).isEmpty(); // the refused number is not echoed back
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refuses_blank(String input) {
        refused(() -> ResidentId.parse(input), "residentid.invalid");
    }

    @ParameterizedTest(name = "check character of {0} is {1}")
    @CsvSource({"11010519491231002, X", "22010219800101123, 4", "44070319991231001, 0"})
    void check_character_is_iso_7064_mod_11_2(String first17, char expected) {
        assertThat(ResidentId.checkCharacter(first17)).isEqualTo(expected);
    }
}
