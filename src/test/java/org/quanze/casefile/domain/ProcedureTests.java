package org.quanze.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.casefile.domain.Fixtures.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureTests {

    @ParameterizedTest(name = "{1} ⇄ {0}")
    @CsvSource({
            "ORDINARY,           普通程序",      // 民事诉讼法 第十二章
            "SIMPLE,             简易程序",      // 民事诉讼法 第160条
            "SMALL_CLAIMS,       小额诉讼程序",  // 民事诉讼法 第165条
            "FAST_TRACK,         速裁程序",      // 刑事诉讼法 第222条
            "SPECIAL,            特别程序",      // 民事诉讼法 第十五章
            "SECOND_INSTANCE,    第二审程序",
            "TRIAL_SUPERVISION,  审判监督程序",
            "ENFORCEMENT,        执行程序",
            "PAYMENT_ORDER,      督促程序",      // 民事诉讼法 第十七章
            "BANKRUPTCY,         破产程序",
            "STATE_COMPENSATION, 国家赔偿程序",
            "JUDICIAL_AID,       司法救助程序",
    })
    void label_round_trips(Procedure procedure, String label) {
        assertThat(procedure.label()).isEqualTo(label);
        assertThat(Procedure.fromLabel(label)).isEqualTo(procedure);
        assertThat(Procedure.fromLabel(" " + label + " ")).isEqualTo(procedure);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"普通", "ORDINARY", "简易程序二"})
    void fromLabel_refuses_anything_else(String label) {
        refused(() -> Procedure.fromLabel(label), "procedure.unknown");
    }
}
