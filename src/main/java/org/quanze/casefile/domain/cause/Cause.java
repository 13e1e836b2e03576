package org.quanze.casefile.domain.cause;

import org.quanze.casefile.domain.CaseCategory;

import java.util.Objects;

/**
 * 案由 (civil / administrative cause of action) or 罪名 (criminal charge): one node of
 * the {@link CauseCatalogue} tree.
 *
 * <p>Codes are hierarchical: a child's code is its parent's code, a dot and an ordinal
 * (see {@link CauseCatalogue} for the scheme), so "is this cause inside that group" is
 * a prefix test and needs no catalogue look-up ({@link #isWithin(String, String)}).
 *
 * @param code       unique code, e.g. {@code C4.01.022.03} (民间借贷纠纷)
 * @param name       official Chinese name, e.g. 民间借贷纠纷
 * @param level      1 for a top group (民事: 部分; 刑事: 刑法分则的章; 行政: 行政行为种类)
 * @param parentCode code of the parent node, {@code null} at level 1
 * @param category   CIVIL, CRIMINAL or ADMINISTRATIVE
 */
public record Cause(String code, String name, int level, String parentCode, CaseCategory category) {

    public Cause {
        requireText(code, "code");
        requireText(name, "name");
        Objects.requireNonNull(category, "category");
        if (level < 1) {
            throw new IllegalArgumentException("level must be >= 1 for " + code);
        }
        // Level and parent must agree: a root has no parent and every other node has one.
        if ((level == 1) != (parentCode == null)) {
            throw new IllegalArgumentException(
                    "cause " + code + ": level 1 needs no parent_code, deeper levels need one");
        }
    }

    public boolean isRoot() {
        return parentCode == null;
    }

    /**
     * True when {@code code} is {@code groupCode} itself or lies below it.
     * The dot boundary matters: C1.01 contains C1.01.003 but C1 does not contain C10.
     */
    public static boolean isWithin(String code, String groupCode) {
        if (code == null || groupCode == null) {
            return false;
        }
        return code.equals(groupCode) || code.startsWith(groupCode + ".");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("cause " + field + " is required");
        }
    }
}
