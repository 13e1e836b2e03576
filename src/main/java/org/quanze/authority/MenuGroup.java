package org.quanze.authority;

/**
 * The headings of the side menu, by function as a court's staff think of their work. Label: message
 * {@code menu.group.<NAME>}. An entry declared without a group takes the one its order's tens name (see
 * {@link #forOrder}), so a module's menu numbers keep their meaning.
 */
public enum MenuGroup {
    /** 工作台 — above every heading. */
    START,
    /** 立案 — filing and diversion. */
    FILING,
    /** 审判 — the cases and their deliberation. */
    TRIAL,
    /** 审判管理 — the trail and what the trial-management office runs. */
    TRIAL_MANAGEMENT,
    /** 监督 — four-kinds cases, interference records, protection. */
    SUPERVISION,
    /** 统计与考核 */
    STATISTICS,
    /** 系统 — organisation, imports, the power list. */
    SYSTEM;

    /**
     * 0–9 start, 10–19 filing, 20–29 system, 30–39 statistics, 40–49 system, 50–59 trial, 60–69 supervision,
     * 70–79 system, 80–89 trial management, anything else system.
     */
    public static MenuGroup forOrder(int order) {
        return switch (order / 10) {
            case 0 -> START;
            case 1 -> FILING;
            case 3 -> STATISTICS;
            case 5 -> TRIAL;
            case 6 -> SUPERVISION;
            case 8 -> TRIAL_MANAGEMENT;
            default -> SYSTEM;
        };
    }
}
