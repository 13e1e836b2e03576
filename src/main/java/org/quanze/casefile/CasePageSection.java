package org.quanze.casefile;

import java.util.Map;
import java.util.Optional;

/**
 * A section of the case page contributed by another module — the case's interference records (supervision), its
 * deliberation record and committee decisions (deliberation) — so the case page shows the whole case without the case
 * module depending on those modules. The template must define {@code th:fragment="section(data)"}.
 */
public interface CasePageSection {

    int order();

    String template();

    /** The section's data for this case as the signed-in person may see it, or empty to show nothing. */
    Optional<Map<String, Object>> data(CaseView c);
}
