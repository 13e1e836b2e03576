package org.quanze.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.review.domain.PublishedList;
import org.quanze.review.internal.ReviewLists;
import org.quanze.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 优秀案件、好文书、差文书名单: the lists the person may read, and publishing a concluded review from its page. */
@Controller
class ReviewListPages {

    private final ReviewLists lists;

    ReviewListPages(ReviewLists lists) {
        this.lists = lists;
    }

    @GetMapping("/reviews/lists")
    String lists(Model model) {
        Map<PublishedList, List<ReviewLists.Entry>> byList = new LinkedHashMap<>();
        for (PublishedList l : PublishedList.values()) byList.put(l, new java.util.ArrayList<>());
        lists.visible().forEach(e -> byList.get(e.list()).add(e));
        model.addAttribute("lists", byList);
        return "review/lists";
    }

    /** A refusal (the list's rule, a missing reason) is the message page, naming the rule. */
    @PostMapping("/reviews/lists")
    String publish(@RequestParam long reviewId, @RequestParam(required = false) PublishedList list,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        ReviewLists.Entry e = lists.publish(reviewId, list, note);
        Flash.done(redirect, "review.lists.published", e.caseNumber(), e.list().label());
        return "redirect:/reviews/lists";
    }
}
