package org.quanze.shared;

import java.util.Map;

/**
 * A state change to be written to the trail (全程留痕). Published synchronously inside the transaction that
 * made the change, so the trail entry commits with the change or not at all.
 *
 * @param action     what was done, a stable code such as {@code CASE_FILED}
 * @param targetType kind of thing changed, e.g. {@code CASE}, {@code STAFF}, {@code POWER_RULE}
 * @param targetId   business key of the thing (案号, staff number, rule code)
 * @param caseNumber the case concerned, if any, so a case's timeline can be read back
 * @param changes    what changed, field to new value (or "old → new")
 */
public record Recorded(String action, String targetType, String targetId, String caseNumber, Map<String, ?> changes) {

    public Recorded {
        changes = changes == null ? Map.of() : changes;
    }

    public static Recorded of(String action, String targetType, String targetId, Map<String, ?> changes) {
        return new Recorded(action, targetType, targetId, null, changes);
    }

    public static Recorded onCase(String action, String caseNumber, Map<String, ?> changes) {
        return new Recorded(action, "CASE", caseNumber, caseNumber, changes);
    }
}
