package org.quanze.casefile.domain.diversion;

import org.quanze.casefile.domain.Procedure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 分流建议: the proposed track, a suggested procedure where one follows from the facts,
 * and the reasons. It is a proposal: the 程序分流员 or judge confirms or overrides it.
 *
 * @param track              简案 or 繁案
 * @param suggestedProcedure suggested 审理程序, empty when none follows (e.g. appeals)
 * @param reasons            at least one reason, in the order they were found
 */
public record DiversionProposal(Track track, Optional<Procedure> suggestedProcedure, List<DiversionReason> reasons) {

    public DiversionProposal {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(suggestedProcedure, "suggestedProcedure");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a proposal needs at least one reason");
        }
    }

    /** Codes of the reasons, in order: handy for logs and assertions. */
    public List<String> reasonCodes() {
        return reasons.stream().map(DiversionReason::code).toList();
    }
}
