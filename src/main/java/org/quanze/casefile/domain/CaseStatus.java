package org.quanze.casefile.domain;

/**
 * 案件状态 — where a case stands: 已立案待分流 → 已分流待分案 → 审理中 → 已开庭 → 已结案 → 已归档. The names are the
 * codes stored in {@code casefile.case_file.status} and shown through {@code case.status.*} messages.
 */
public enum CaseStatus {
    /** 已立案待分流. */
    FILED,
    /** 已分流待分案. */
    DIVERTED,
    /** 审理中 — a handling judge is assigned. */
    ASSIGNED,
    /** 已开庭. */
    HEARD,
    /** 已结案. */
    CLOSED,
    /** 已归档. */
    ARCHIVED;

    public boolean open() {
        return this != CLOSED && this != ARCHIVED;
    }
}
