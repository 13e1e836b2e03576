package org.quanze.supervision.web;

import java.util.Map;
import java.util.Optional;
import org.quanze.casefile.CasePageSection;
import org.quanze.casefile.CaseView;
import org.quanze.supervision.internal.InterferenceRecords;
import org.springframework.stereotype.Component;

/**
 * The case page's supervision section: four-kinds flags and the case's interference records, with the recorder
 * hidden from everyone but the two offices (中办发〔2015〕23号 第6条: those who record are protected).
 */
@Component
class InterferenceCaseSection implements CasePageSection {

    private final InterferenceRecords records;

    InterferenceCaseSection(InterferenceRecords records) {
        this.records = records;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "supervision/case-section";
    }

    @Override
    public Optional<Map<String, Object>> data(CaseView c) {
        var entries = records.ofCase(c.caseNumber());
        return Optional.of(Map.of("caseNumber", c.caseNumber(), "records", entries));
    }
}
