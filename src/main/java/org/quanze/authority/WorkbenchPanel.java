package org.quanze.authority;

import java.util.Map;
import java.util.Optional;

/**
 * A panel of the workbench (工作台), contributed as a bean by the module that owns its data: deadlines due, meetings
 * to attend, records to handle. The template must define {@code th:fragment="panel(data)"}.
 */
public interface WorkbenchPanel {

    int order();

    /** Template holding the {@code panel(data)} fragment, e.g. {@code casefile/workbench}. */
    String template();

    /** The panel's data for this person, or empty when the panel has nothing for them. */
    Optional<Map<String, Object>> data(Actor actor);
}
