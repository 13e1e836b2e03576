package org.quanze.casefile.internal;

import org.quanze.shared.DomainException;

/** 404 for a case number that names no case. */
public final class CaseNotFound extends DomainException {

    private CaseNotFound(String caseNumber) {
        super(404, "case.not-found", "案号「" + caseNumber + "」不存在", caseNumber);
    }

    public static CaseNotFound forNumber(String caseNumber) {
        return new CaseNotFound(caseNumber);
    }
}
