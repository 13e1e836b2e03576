package org.quanze.review.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * 评查回避 — who may not review a case. Each rule names itself in the refusal, so the office sees which rule refused:
 * <ul>
 * <li>C1 本人承办或参与审理的案件 — one's own case (nemo iudex in causa sua; 法官法 第24条 回避 by analogy);</li>
 * <li>C2 互查不得评查本院案件 — a cross-review never reviews one's own court (吉林高院 上网裁判文书互查);</li>
 * <li>C3 承办法官所在审判团队成员不得评查 — the handler's own trial team;</li>
 * <li>C4 已声明回避 — the reviewer declared a recusal for this case.</li>
 * </ul>
 */
public record ConflictRule(String code, String description, Predicate<Assignment> conflicts) {

    public static final ConflictRule OWN_CASE =
            new ConflictRule("C1", "评查人不得评查本人承办或参与审理的案件", Assignment::onTrialOrganisation);
    public static final ConflictRule OWN_COURT_IN_CROSS_REVIEW =
            new ConflictRule("C2", "互查不得评查本院案件", a -> a.cross() && a.reviewerCourtId() == a.caseCourtId());
    public static final ConflictRule HANDLERS_TEAM =
            new ConflictRule("C3", "评查人不得评查其所在审判团队承办的案件", Assignment::handlersTeam);
    public static final ConflictRule DECLARED_RECUSAL =
            new ConflictRule("C4", "评查人已就本案声明回避", Assignment::recused);

    public static final List<ConflictRule> ALL = List.of(OWN_CASE, OWN_COURT_IN_CROSS_REVIEW, HANDLERS_TEAM, DECLARED_RECUSAL);

    /** The first rule the assignment breaks, if any. */
    public static Optional<ConflictRule> broken(Assignment a) {
        return ALL.stream().filter(r -> r.conflicts().test(a)).findFirst();
    }
}
