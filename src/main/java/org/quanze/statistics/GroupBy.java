package org.quanze.statistics;

/**
 * How a report's rows are cut: the requested court as one row, or per court, department (庭室), procedure (审理程序),
 * case type, judge (承办人), trial team (审判团队: its members' cases as handlers, summed) or month.
 */
public enum GroupBy {
    NONE, COURT, DEPARTMENT, PROCEDURE, CASE_TYPE, JUDGE, TEAM, MONTH;

    /** The groupings the situation-analysis page offers, in its order. */
    public static final java.util.List<GroupBy> CHOICES = java.util.List.of(COURT, DEPARTMENT, TEAM, PROCEDURE, CASE_TYPE, JUDGE);

    /** The API's spelling: court, department, team, procedure, caseType, judge, month, none. */
    public String spelling() {
        return switch (this) {
            case CASE_TYPE -> "caseType";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** From the API's spelling: court, department, team, procedure, judge, caseType, month. */
    public static GroupBy parse(String text) {
        if (text == null || text.isBlank()) return NONE;
        return switch (text.trim()) {
            case "court", "COURT" -> COURT;
            case "caseType", "CASE_TYPE", "case_type" -> CASE_TYPE;
            case "department", "DEPARTMENT" -> DEPARTMENT;
            case "procedure", "PROCEDURE" -> PROCEDURE;
            case "judge", "JUDGE" -> JUDGE;
            case "team", "TEAM" -> TEAM;
            case "month", "MONTH" -> MONTH;
            case "none", "NONE" -> NONE;
            default -> throw new org.quanze.shared.DomainException(400, "statistics.bad-group",
                    "分组方式应为 court、department、team、procedure、caseType、judge 或 month：" + text, text);
        };
    }
}
