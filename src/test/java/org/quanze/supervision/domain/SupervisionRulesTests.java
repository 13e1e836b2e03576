package org.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.authority.Actor;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Role;

/** Four-kinds supervision, routing of interference records and the protection of the recorder. */
class SupervisionRulesTests {

    /** 法发〔2015〕13号 第24条: leaders act only on four-kinds cases, never as panel members; only the panel reports. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "leader asks report on flagged case,   REQUEST_REPORT,   true,  false, ",
            "leader asks report on unflagged case, REQUEST_REPORT,   false, false, supervision.not-four-kinds",
            "leader opinion on unflagged case,     OPINION,          false, false, supervision.not-four-kinds",
            "leader refers flagged case,           REFER_COMMITTEE,  true,  false, ",
            "leader on the panel,                  OPINION,          true,  true,  supervision.leader-on-panel",
            "panel reports,                        PANEL_REPORT,     true,  true,  ",
            "outsider reports for the panel,       PANEL_REPORT,     true,  false, supervision.not-on-panel"})
    void fourKindsSupervision(String scenario, SupervisionActionKind kind, boolean flagged, boolean onPanel, String refusal) {
        SupervisionAttempt attempt = new SupervisionAttempt(kind, flagged, onPanel, false, false);
        if (refusal == null) {
            SupervisionRule.enforce(attempt);
        } else {
            assertThatThrownBy(() -> SupervisionRule.enforce(attempt)).isInstanceOf(SupervisionRefusal.class)
                    .extracting(e -> ((SupervisionRefusal) e).code()).isEqualTo(refusal);
        }
    }

    @ParameterizedTest(name = "handling {0}, chief {1} → may flag {2}")
    @CsvSource({"true, false, true", "false, true, true", "false, false, false"})
    void whoMayFlag(boolean handling, boolean chief, boolean may) {
        assertThat(SupervisionRule.mayFlag(new SupervisionAttempt(SupervisionActionKind.OPINION, false, handling, handling, chief)))
                .isEqualTo(may);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"EXTERNAL, TRIAL_MANAGEMENT", "INTERNAL, SUPERVISION"})
    void interferenceIsRoutedByOrigin(InterferenceOrigin origin, DepartmentKind office) {
        assertThat(origin.routedTo()).isEqualTo(office);
    }

    /** 中办发〔2015〕23号 第6条: the recorder is shown only to himself and the two offices. */
    @ParameterizedTest(name = "office {0}, staff {1} → sees recorder {2}")
    @CsvSource({"TRIAL_MANAGEMENT, 5, true", "SUPERVISION, 5, true", "CIVIL, 5, false", "CIVIL, 7, true", "CRIMINAL, 8, false"})
    void recorderIsProtected(DepartmentKind office, long viewerStaffId, boolean sees) {
        Actor viewer = new Actor("u", viewerStaffId, "吉0102-0001", "某人", Role.QUOTA_JUDGE, Set.of(), office, 1L, "吉0102",
                "南关", 1L, "庭", Set.of(), Set.of(1L), true);
        assertThat(RecorderProtection.maySee(viewer, 7L)).isEqualTo(sees);
    }
}
