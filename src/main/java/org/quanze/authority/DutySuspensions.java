package org.quanze.authority;

/**
 * Who is suspended from duty today (暂停履行职务, 法官法 第47条; 停职). Implemented by the module that decides it
 * (accountability), so that authority needs nothing from it; the power list's entries with the condition
 * {@code SUSPENDED_FROM_DUTY} (e.g. no new assignments, no signing) then hold for that person.
 */
public interface DutySuspensions {

    boolean suspended(long staffId);
}
