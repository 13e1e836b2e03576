package org.quanze.deliberation.web;

import java.util.Map;
import java.util.Optional;
import org.quanze.casefile.CasePageSection;
import org.quanze.casefile.CaseView;
import org.quanze.deliberation.internal.CollegialDeliberations;
import org.springframework.stereotype.Component;

/** The case page's deliberation section: the case's collegial deliberation records (合议庭评议笔录). */
@Component
class DeliberationCaseSection implements CasePageSection {

    private final CollegialDeliberations deliberations;

    DeliberationCaseSection(CollegialDeliberations deliberations) {
        this.deliberations = deliberations;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "deliberation/case-section";
    }

    @Override
    public Optional<Map<String, Object>> data(CaseView c) {
        // only for a panel's case, and only to those who may read its deliberation (never the filing clerk)
        if (!"PANEL".equals(c.triedBy()) || !deliberations.mayRead(c)) return Optional.empty();
        return Optional.of(Map.of("caseNumber", c.caseNumber(), "records", deliberations.ofCase(c.caseNumber())));
    }
}
