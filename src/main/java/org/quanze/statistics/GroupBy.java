package org.quanze.statistics;

/** How a report's rows are cut: the requested court as one row, or per court, case type, judge (承办人) or month. */
public enum GroupBy {
    NONE, COURT, CASE_TYPE, JUDGE, MONTH;

    /** From the API's spelling: court, judge, caseType, month. */
    public static GroupBy parse(String text) {
        if (text == null || text.isBlank()) return NONE;
        return switch (text.trim()) {
            case "court", "COURT" -> COURT;
            case "caseType", "CASE_TYPE", "case_type" -> CASE_TYPE;
            case "judge", "JUDGE" -> JUDGE;
            case "month", "MONTH" -> MONTH;
            case "none", "NONE" -> NONE;
            default -> throw new org.quanze.shared.DomainException(400, "statistics.bad-group",
                    "分组方式应为 court、caseType、judge 或 month：" + text, text);
        };
    }
}
