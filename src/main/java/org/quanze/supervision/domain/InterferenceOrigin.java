package org.quanze.supervision.domain;

import org.quanze.shared.DepartmentKind;

/**
 * Where the interference came from, and the office it is routed to: an official outside the court → the
 * 审判管理办公室, which keeps the 外部人员过问信息专库 (法发〔2015〕10号); a person inside the judiciary → the
 * 监察室 (《司法机关内部人员过问案件的记录和责任追究规定》; 法发〔2015〕11号).
 */
public enum InterferenceOrigin {
    EXTERNAL("领导干部或外部人员", DepartmentKind.TRIAL_MANAGEMENT),
    INTERNAL("司法机关内部人员", DepartmentKind.SUPERVISION);

    private final String label;
    private final DepartmentKind routedTo;

    InterferenceOrigin(String label, DepartmentKind routedTo) {
        this.label = label;
        this.routedTo = routedTo;
    }

    public String label() { return label; }

    public DepartmentKind routedTo() { return routedTo; }
}
