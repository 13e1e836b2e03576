package org.quanze.review.domain;

import java.util.List;
import java.util.Optional;

/**
 * How a review's result follows from its findings (一表一报告: the form decides, not the reviewer's impression). The
 * rules are tried in the order of {@link #ALL}; the first that applies gives the result:
 * <ol>
 * <li>U1 any 严重差错 (a serious flaw: facts not established, wrong law, a procedure that may have affected the
 * outcome) → 不合格;</li>
 * <li>U2 flaw points of 15 or more → 不合格;</li>
 * <li>F1 any 较重瑕疵, or points of 5 or more → 瑕疵;</li>
 * <li>E1 no flaw at all and the reviewer proposes the case as excellent → 优秀;</li>
 * <li>Q1 otherwise (no flaw, or minor flaws under 5 points) → 合格.</li>
 * </ol>
 * Modelled on the 吉林高院《案件质量评查办法（试行）》(2016) as the paper describes it (三.(二).4).
 */
public record ResultRule(String code, String description, QualityResult result, Applies applies) {

    /** Whether the rule decides these findings. */
    @FunctionalInterface
    public interface Applies {
        boolean test(List<Flaw> findings, boolean proposedExcellent);
    }

    public static final int UNQUALIFIED_POINTS = 15;
    public static final int FLAWED_POINTS = 5;

    public static final List<ResultRule> ALL = List.of(
            new ResultRule("U1", "存在严重差错的，评为不合格", QualityResult.UNQUALIFIED,
                    (f, e) -> f.stream().anyMatch(x -> x.severity() == Severity.SERIOUS)),
            new ResultRule("U2", "瑕疵扣分累计达到 " + UNQUALIFIED_POINTS + " 分的，评为不合格", QualityResult.UNQUALIFIED,
                    (f, e) -> points(f) >= UNQUALIFIED_POINTS),
            new ResultRule("F1", "存在较重瑕疵或扣分累计达到 " + FLAWED_POINTS + " 分的，评为瑕疵", QualityResult.FLAWED,
                    (f, e) -> points(f) >= FLAWED_POINTS || f.stream().anyMatch(x -> x.severity() == Severity.MAJOR)),
            new ResultRule("E1", "无任何瑕疵且评查人推荐为优秀案件的，评为优秀", QualityResult.EXCELLENT,
                    (f, e) -> f.isEmpty() && e),
            new ResultRule("Q1", "其他情形（无瑕疵，或一般瑕疵扣分不足 " + FLAWED_POINTS + " 分），评为合格", QualityResult.QUALIFIED,
                    (f, e) -> true));

    /** The rule that decides these findings (always one: Q1 applies to everything). */
    public static ResultRule deciding(List<Flaw> findings, boolean proposedExcellent) {
        return ALL.stream().filter(r -> r.applies().test(findings, proposedExcellent)).findFirst().orElseThrow();
    }

    public static int points(List<Flaw> findings) {
        return findings.stream().mapToInt(Flaw::points).sum();
    }

    public static Optional<ResultRule> byCode(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
