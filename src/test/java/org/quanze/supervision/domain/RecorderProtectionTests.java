package org.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quanze.authority.Actor;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Role;

/** 记录人受保护 (中办发〔2015〕23号 第6条): who may see the recorder of an interference record. */
class RecorderProtectionTests {

    private static Actor person(Long staffId, DepartmentKind office) {
        return new Actor("u" + staffId, staffId, "S" + staffId, "某某", Role.ADMINISTRATIVE, Set.of(), office, 1L,
                "吉0102", "南关区人民法院", office == null ? null : 9L, office == null ? null : "部门", Set.of(staffId),
                Set.of(1L), false);
    }

    /** Issue 10 item 7: a record by a person without a department made every reader's page answer 500. */
    @Test
    void aPersonWithoutDepartmentSeesOwnRecorderAndNoOneElses() {
        Actor noDepartment = person(7L, null);
        assertThat(RecorderProtection.maySee(noDepartment, 7L)).isTrue();
        assertThat(RecorderProtection.maySee(noDepartment, 8L)).isFalse();
        assertThat(RecorderProtection.handles(noDepartment, InterferenceOrigin.EXTERNAL)).isFalse();
    }

    @Test
    void theHandlingOfficesSeeEveryRecorder() {
        assertThat(RecorderProtection.maySee(person(7L, DepartmentKind.TRIAL_MANAGEMENT), 8L)).isTrue();
        assertThat(RecorderProtection.maySee(person(7L, DepartmentKind.SUPERVISION), null)).isTrue();
    }
}
