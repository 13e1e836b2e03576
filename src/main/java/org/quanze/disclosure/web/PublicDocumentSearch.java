package org.quanze.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.quanze.disclosure.domain.DocumentKind;
import org.quanze.disclosure.internal.PublicDocuments;
import org.quanze.disclosure.internal.PublicIndex;
import org.quanze.shared.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API of judgment publication, without login (/api/v1/public/**): full-text search of published,
 * anonymised judgments with filters, one judgment's anonymised text, and the notices of judgments not published.
 */
@RestController
@Tag(name = "裁判文书公开（公众） Public judgments")
class PublicDocumentSearch {

    private final PublicDocuments documents;

    PublicDocumentSearch(PublicDocuments documents) {
        this.documents = documents;
    }

    @Operation(summary = "全文检索已公开的裁判文书（中文分词：Lucene smartcn），按法院、文书种类、案由、年份筛选")
    @GetMapping("/api/v1/public/documents")
    PublicIndex.Page search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String court,
            @RequestParam(required = false) DocumentKind kind, @RequestParam(required = false) String cause,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page) {
        return documents.search(q, new PublicIndex.Filters(court, kind == null ? null : kind.name(), cause, year), page);
    }

    @GetMapping("/api/v1/public/documents/{id}")
    PublicDocuments.Published document(@PathVariable long id) {
        return documents.published(id).orElseThrow(() -> notFound(id));
    }

    @Operation(summary = "不公开裁判文书的公示（案号、审理法院、裁判日期、不公开理由；第六条）")
    @GetMapping("/api/v1/public/notices")
    List<PublicDocuments.Notice> notices(@RequestParam(required = false) String court, @RequestParam(required = false) Integer year) {
        return documents.notices(court, year, 200);
    }

    static DomainException notFound(long id) {
        return new DomainException(404, "disclosure.documentNotFound", "文书不存在：" + id, id);
    }
}
