package org.quanze.disclosure.web;

import java.util.Map;
import java.util.Optional;
import org.quanze.casefile.CasePageSection;
import org.quanze.casefile.CaseView;
import org.quanze.disclosure.domain.DocumentKind;
import org.quanze.disclosure.internal.Publications;
import org.springframework.stereotype.Component;

/**
 * The case page's publication section: the case's documents with their state and deadline and, for the trial team of
 * a closed case, the form that attaches the effective document (法释〔2016〕19号 第7条).
 */
@Component
class DocumentCaseSection implements CasePageSection {

    private final Publications publications;

    DocumentCaseSection(Publications publications) {
        this.publications = publications;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "disclosure/case-section";
    }

    @Override
    public Optional<Map<String, Object>> data(CaseView c) {
        boolean mayAttach = c.closedOn() != null && publications.mayAttach(c);
        java.util.List<org.quanze.disclosure.domain.JudgmentDocument> documents;
        try {
            documents = publications.ofCase(c.caseNumber());
        } catch (org.quanze.shared.DomainException outsideScope) {
            return Optional.empty(); // the case page shows nothing of documents its reader may not see
        }
        if (documents.isEmpty() && !mayAttach) return Optional.empty();
        return Optional.of(Map.of("caseNumber", c.caseNumber(), "documents", documents, "mayAttach", mayAttach,
                "kinds", DocumentKind.values()));
    }
}
