package org.quanze.organization;

import org.quanze.shared.DepartmentKind;

/** A department (庭室) of a court. */
public record DepartmentView(long id, long courtId, String name, DepartmentKind kind) {
}
