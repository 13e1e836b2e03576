package org.quanze.deliberation.internal;

import org.quanze.casefile.CaseView;
import org.quanze.casefile.JudgmentSigningCondition;
import org.springframework.stereotype.Component;

/** A panel's judgment is signed only after its deliberation record is signed by every member (民诉法 第45条). */
@Component
class DeliberationBeforeSigning implements JudgmentSigningCondition {

    private final CollegialDeliberations records;

    DeliberationBeforeSigning(CollegialDeliberations records) {
        this.records = records;
    }

    @Override
    public void check(CaseView c) {
        records.requireSignedRecord(c);
    }
}
