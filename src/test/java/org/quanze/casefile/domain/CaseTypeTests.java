package org.quanze.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.casefile.domain.Fixtures.refused;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 类型代字 — 《关于人民法院案件案号的若干规定》 第7条; categories per 《人民法院案件类型及其代字标准》 [P]. */
class CaseTypeTests {

    @ParameterizedTest(name = "{0} → {2}/{3}/{4}")
    @CsvSource({
            "民初,   CIVIL_FIRST,                        CIVIL,          FIRST,          ORDINARY",
            "民终,   CIVIL_SECOND,                       CIVIL,          SECOND,         SECOND_INSTANCE",
            "民申,   CIVIL_RETRIAL_REVIEW,               CIVIL,          RETRIAL_REVIEW, TRIAL_SUPERVISION",
            "民再,   CIVIL_RETRIAL,                      CIVIL,          RETRIAL,        TRIAL_SUPERVISION",
            "民特,   CIVIL_SPECIAL,                      CIVIL,          SPECIAL,        SPECIAL",
            "民撤,   CIVIL_THIRD_PARTY_REVOCATION,       CIVIL,          FIRST,          ORDINARY",
            "民督,   CIVIL_PAYMENT_ORDER,                CIVIL,          SPECIAL,        PAYMENT_ORDER",
            "民破,   CIVIL_BANKRUPTCY,                   CIVIL,          OTHER,          BANKRUPTCY",
            "刑初,   CRIMINAL_FIRST,                     CRIMINAL,       FIRST,          ORDINARY",
            "刑终,   CRIMINAL_SECOND,                    CRIMINAL,       SECOND,         SECOND_INSTANCE",
            "刑申,   CRIMINAL_PETITION_REVIEW,           CRIMINAL,       RETRIAL_REVIEW, TRIAL_SUPERVISION",
            "刑再,   CRIMINAL_RETRIAL,                   CRIMINAL,       RETRIAL,        TRIAL_SUPERVISION",
            "刑更,   CRIMINAL_SENTENCE_CHANGE,           CRIMINAL,       OTHER,          ENFORCEMENT",
            "行初,   ADMINISTRATIVE_FIRST,               ADMINISTRATIVE, FIRST,          ORDINARY",
            "行终,   ADMINISTRATIVE_SECOND,              ADMINISTRATIVE, SECOND,         SECOND_INSTANCE",
            "行申,   ADMINISTRATIVE_RETRIAL_REVIEW,      ADMINISTRATIVE, RETRIAL_REVIEW, TRIAL_SUPERVISION",
            "行再,   ADMINISTRATIVE_RETRIAL,             ADMINISTRATIVE, RETRIAL,        TRIAL_SUPERVISION",
            "行赔初, ADMINISTRATIVE_COMPENSATION_FIRST,  ADMINISTRATIVE, FIRST,          ORDINARY",
            "行赔终, ADMINISTRATIVE_COMPENSATION_SECOND, ADMINISTRATIVE, SECOND,         SECOND_INSTANCE",
            "行赔,   ADMINISTRATIVE_COMPENSATION,        ADMINISTRATIVE, OTHER,          ORDINARY",
            "法赔,   COURT_STATE_COMPENSATION,           STATE_COMPENSATION, FIRST,      STATE_COMPENSATION",
            "委赔,   COMMITTEE_STATE_COMPENSATION,       STATE_COMPENSATION, OTHER,      STATE_COMPENSATION",
            "执,     ENFORCEMENT_CASE,                   ENFORCEMENT,    ENFORCEMENT,    ENFORCEMENT",
            "执恢,   ENFORCEMENT_RESUMED,                ENFORCEMENT,    ENFORCEMENT,    ENFORCEMENT",
            "执异,   ENFORCEMENT_OBJECTION,              ENFORCEMENT,    ENFORCEMENT,    ENFORCEMENT",
            "执复,   ENFORCEMENT_REVIEW,                 ENFORCEMENT,    ENFORCEMENT,    ENFORCEMENT",
            "执保,   ENFORCEMENT_PRESERVATION,           ENFORCEMENT,    ENFORCEMENT,    ENFORCEMENT",
            "司救,   JUDICIAL_AID_CASE,                  JUDICIAL_AID,   OTHER,          JUDICIAL_AID",
            "司救民, JUDICIAL_AID_CIVIL,                 JUDICIAL_AID,   OTHER,          JUDICIAL_AID",
    })
    void fromCode_reads_every_listed_code(String code, CaseType type, CaseCategory category, Instance instance,
                                          Procedure procedure) {
        assertThat(CaseType.fromCode(code)).isEqualTo(type);
        assertThat(type.code()).isEqualTo(code);
        assertThat(type.category()).isEqualTo(category);
        assertThat(type.instance()).isEqualTo(instance);
        assertThat(type.defaultProcedure()).isEqualTo(procedure);
    }

    @ParameterizedTest(name = "unknown code \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"民", "民审", "刑核", "行赔再", "执行", "民初初", "知民初"})
    void fromCode_refuses_unknown_codes(String code) {
        refused(() -> CaseType.fromCode(code), "casetype.unknown");
    }

    @Test
    void codes_are_unique_and_at_most_three_characters_第7条() {
        assertThat(Arrays.stream(CaseType.values()).map(CaseType::code)).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code.length()).isBetween(1, 3));
    }
}
