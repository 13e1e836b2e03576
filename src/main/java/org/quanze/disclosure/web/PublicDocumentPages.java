package org.quanze.disclosure.web;

import org.quanze.disclosure.domain.DocumentKind;
import org.quanze.disclosure.internal.PublicDocuments;
import org.quanze.disclosure.internal.PublicIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public site's judgment pages (/public/documents, no login): search, one judgment, the notices. */
@Controller
class PublicDocumentPages {

    private final PublicDocuments documents;

    PublicDocumentPages(PublicDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/public/documents")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String court,
            @RequestParam(required = false) DocumentKind kind, @RequestParam(required = false) String cause,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("court", court);
        model.addAttribute("kind", kind);
        model.addAttribute("cause", cause);
        model.addAttribute("year", year);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("result", documents.search(q, new PublicIndex.Filters(court, kind == null ? null : kind.name(), cause, year), page));
        model.addAttribute("page", page);
        return "disclosure/public-search";
    }

    @GetMapping("/public/documents/{id}")
    String document(@PathVariable long id, Model model) {
        model.addAttribute("doc", documents.published(id).orElseThrow(() -> PublicDocumentSearch.notFound(id)));
        return "disclosure/public-document";
    }

    @GetMapping("/public/notices")
    String notices(@RequestParam(required = false) String court, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("notices", documents.notices(court, year, 200));
        model.addAttribute("court", court);
        model.addAttribute("year", year);
        return "disclosure/public-notices";
    }
}
