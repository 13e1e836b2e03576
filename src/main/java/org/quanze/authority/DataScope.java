package org.quanze.authority;

import java.util.Set;

/**
 * 数据范围 — which records a query may return, as the union of the person's grants: all, or the listed courts,
 * departments and handling judges. Modules turn it into parameterised SQL criteria, never string concatenation.
 */
public record DataScope(boolean all, Set<Long> courtIds, Set<Long> departmentIds, Set<Long> staffIds) {

    public static final DataScope NOTHING = new DataScope(false, Set.of(), Set.of(), Set.of());
    public static final DataScope ALL = new DataScope(true, Set.of(), Set.of(), Set.of());

    public DataScope {
        courtIds = Set.copyOf(courtIds);
        departmentIds = Set.copyOf(departmentIds);
        staffIds = Set.copyOf(staffIds);
    }

    /** Everything of one court. */
    public static DataScope court(long courtId) {
        return new DataScope(false, Set.of(courtId), Set.of(), Set.of());
    }

    public boolean empty() {
        return !all && courtIds.isEmpty() && departmentIds.isEmpty() && staffIds.isEmpty();
    }

    public DataScope union(DataScope other) {
        if (all || other.all) return ALL;
        return new DataScope(false, plus(courtIds, other.courtIds), plus(departmentIds, other.departmentIds),
                plus(staffIds, other.staffIds));
    }

    public boolean coversCourt(Long courtId) {
        return all || courtIds.contains(courtId);
    }

    private static Set<Long> plus(Set<Long> a, Set<Long> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
