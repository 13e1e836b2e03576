package org.quanze.review.domain;

import java.util.List;
import java.util.Optional;
import org.quanze.shared.Labelled;

/**
 * 评查结果的通报名单 — the lists the trial-management office publishes from concluded reviews: 优秀案件, 好文书 and
 * 差文书 (吉林高院 案件质量评查, 论文 三.(二).4). Which review may go on which list is a stated rule, so a list never
 * contradicts the form (一表) it comes from:
 * <ul>
 * <li>L1 优秀案件 — the review's result is 优秀 (rule E1: no flaw, proposed as excellent);</li>
 * <li>L2 好文书 — the review passed (优秀, 合格 or 瑕疵) with no flaw of the 文书 dimension;</li>
 * <li>L3 差文书 — a 文书 flaw of 较重瑕疵 or 严重差错 was found.</li>
 * </ul>
 */
public enum PublishedList implements Labelled {
    EXCELLENT_CASE("优秀案件", "L1", "只有评查结果为优秀的案件可以列入优秀案件名单"),
    GOOD_DOCUMENT("好文书", "L2", "只有评查合格（含优秀、瑕疵）且文书无瑕疵的案件可以列入好文书名单"),
    POOR_DOCUMENT("差文书", "L3", "只有文书存在较重瑕疵或严重差错的案件可以列入差文书名单");

    private final String label;
    private final String rule;
    private final String refusal;

    PublishedList(String label, String rule, String refusal) {
        this.label = label;
        this.rule = rule;
        this.refusal = refusal;
    }

    @Override
    public String label() { return label; }

    public String rule() { return rule; }

    public static PublishedList fromLabel(String text) { return Labelled.fromLabel(PublishedList.class, text); }

    /** Why a concluded review with this result and these flaws may not go on this list; empty when it may. */
    public Optional<String> refuses(QualityResult result, List<Flaw> flaws) {
        boolean documentFlaw = flaws.stream().anyMatch(f -> f.dimension() == Dimension.DOCUMENT);
        boolean graveDocumentFlaw = flaws.stream().anyMatch(f -> f.dimension() == Dimension.DOCUMENT && f.severity() != Severity.MINOR);
        boolean fits = switch (this) {
            case EXCELLENT_CASE -> result == QualityResult.EXCELLENT;
            case GOOD_DOCUMENT -> result != null && result != QualityResult.UNQUALIFIED && !documentFlaw;
            case POOR_DOCUMENT -> graveDocumentFlaw;
        };
        return fits ? Optional.empty() : Optional.of(rule + " " + refusal);
    }
}
