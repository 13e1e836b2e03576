package org.quanze.review.web;

import java.util.List;
import java.util.Map;

/** The review form as typed: checked flaw codes with their notes, the proposal, the report, the clue (kept on refusal). */
public record ReviewForm(int version, List<String> flaws, Map<String, String> notes, boolean proposedExcellent, String report,
        String suspectedViolation) {

    static ReviewForm empty() {
        return new ReviewForm(0, List.of(), Map.of(), false, "", "");
    }

    public boolean checked(String code) {
        return flaws.contains(code);
    }

    public String note(String code) {
        return notes.getOrDefault(code, "");
    }
}
