package org.quanze.casefile.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * 当事人要件 — which sides a case must name when it is filed. A lawsuit needs a claimant and a clear defendant
 * (民事诉讼法 第122条 「原告…；有明确的被告」; 行政诉讼法 第49条); a public prosecution names the accused
 * (刑诉解释 第218条 「起诉书是否写明被告人的身份」); other matters (非讼, 破产, 减刑假释, 国家赔偿, 司法救助) name at
 * least the person who applies or is concerned.
 */
public enum PartyRequirement {

    /** 原告（上诉人、申请人、申请执行人）与被告（被上诉人、被申请人、被执行人）均须明确 — 民事诉讼法 第122条; 行政诉讼法 第49条. */
    BOTH_SIDES("民事诉讼法 第122条；行政诉讼法 第49条"),
    /** 被告人须明确 — 刑诉解释 第218条. */
    ACCUSED("刑诉解释 第218条"),
    /** 至少一名当事人（申请人或被申请人）. */
    ANY_PARTY("立案登记制");

    /** Roles on the claiming side: 原告, 上诉人, 申请人 … */
    public static final Set<String> CLAIMANTS = Set.of("原告", "上诉人", "申请人", "再审申请人", "申诉人", "申请执行人",
            "自诉人", "赔偿请求人");
    /** Roles on the answering side: 被告, 被上诉人, 被申请人, 被执行人, 被告人. */
    public static final Set<String> RESPONDENTS = Set.of("被告", "被上诉人", "被申请人", "被执行人", "被告人");

    private final String basis;

    PartyRequirement(String basis) {
        this.basis = basis;
    }

    public String basis() {
        return basis;
    }

    public static PartyRequirement of(CaseType type) {
        return switch (type.category()) {
            case CIVIL, ADMINISTRATIVE, ENFORCEMENT -> switch (type.instance()) {
                case FIRST, SECOND, RETRIAL_REVIEW, RETRIAL, ENFORCEMENT -> BOTH_SIDES;
                default -> ANY_PARTY;
            };
            case CRIMINAL -> type.instance() == Instance.FIRST ? ACCUSED : ANY_PARTY;
            default -> ANY_PARTY;
        };
    }

    /** What is missing among these roles, as a Chinese sentence, or empty when the requirement is met. */
    public Optional<String> missing(Collection<String> roles) {
        boolean claimant = roles.stream().anyMatch(CLAIMANTS::contains);
        boolean respondent = roles.stream().anyMatch(RESPONDENTS::contains);
        return switch (this) {
            case BOTH_SIDES -> !claimant && !respondent ? Optional.of("应至少填写一名原告（上诉人、申请人）和一名被告（被上诉人、被申请人）")
                    : !claimant ? Optional.of("应至少填写一名原告（上诉人、申请人、申请执行人）")
                    : !respondent ? Optional.of("应至少填写一名被告（被上诉人、被申请人、被执行人）") : Optional.empty();
            case ACCUSED -> roles.contains("被告人") ? Optional.empty() : Optional.of("应至少填写一名被告人");
            case ANY_PARTY -> roles.isEmpty() ? Optional.of("应至少填写一名当事人") : Optional.empty();
        };
    }
}
