package org.quanze.supervision.domain;

import java.util.Objects;
import java.util.Set;
import org.quanze.authority.Actor;
import org.quanze.shared.DepartmentKind;

/**
 * 记录人受保护 — retaliation against those who record is prohibited (中办发〔2015〕23号 第6条), so who recorded an
 * interference is shown only to the recorder and to the offices that handle the records (审判管理办公室, 监察室);
 * the intervener and every other viewer see the record without its recorder.
 */
public final class RecorderProtection {

    static final Set<DepartmentKind> HANDLING_OFFICES = Set.of(DepartmentKind.TRIAL_MANAGEMENT, DepartmentKind.SUPERVISION);

    private RecorderProtection() {
    }

    /** A person without a department (office null) is no handling office; Set.of(…).contains(null) would throw. */
    public static boolean maySee(Actor viewer, Long recorderStaffId) {
        return viewer.administrator() || viewer.office() != null && HANDLING_OFFICES.contains(viewer.office())
                || viewer.staffId() != null && Objects.equals(viewer.staffId(), recorderStaffId);
    }

    /** The office sees the records routed to it. */
    public static boolean handles(Actor viewer, InterferenceOrigin origin) {
        return viewer.administrator() || viewer.office() == origin.routedTo();
    }
}
