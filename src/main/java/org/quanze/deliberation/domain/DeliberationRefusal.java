package org.quanze.deliberation.domain;

import org.quanze.shared.DomainException;

/** The refusals of this module, each with its message key (i18n/deliberation*.properties) and Chinese text. */
public final class DeliberationRefusal extends DomainException {

    private DeliberationRefusal(int status, String code, String message, Object... args) {
        super(status, code, message, args);
    }

    public static DeliberationRefusal notMember(String name) {
        return new DeliberationRefusal(403, "deliberation.not-member", "「" + name + "」不是组成人员，不能表决", name);
    }

    public static DeliberationRefusal notPresent(String name) {
        return new DeliberationRefusal(409, "deliberation.not-present", "「" + name + "」未出席本次会议，不能表决", name);
    }

    public static DeliberationRefusal alreadyVoted(String name) {
        return new DeliberationRefusal(409, "deliberation.already-voted", "「" + name + "」已就该事项表决，一人只能表决一次", name);
    }

    public static DeliberationRefusal chairHasSpoken() {
        return new DeliberationRefusal(409, "deliberation.chair-spoken", "主持人已最后发表意见，表决已结束");
    }

    public static DeliberationRefusal recused(String name) {
        return new DeliberationRefusal(409, "deliberation.recused", "「" + name + "」已就该事项回避，不能表决", name);
    }

    public static DeliberationRefusal chairNotLast(int waiting) {
        return new DeliberationRefusal(409, "deliberation.chair-not-last",
                "主持人最后发表意见：尚有 " + waiting + " 名出席委员未表决，主持人暂不能表决", waiting);
    }

    public static DeliberationRefusal votesOutstanding(int waiting) {
        return new DeliberationRefusal(409, "deliberation.votes-outstanding",
                "尚有 " + waiting + " 名出席成员未表决，不能作出结论；可登记回避，或暂缓、撤回该议题", waiting);
    }

    /** Only the member votes, or the committee's secretary records the vote naming the member. */
    public static DeliberationRefusal notOwnVote(String name) {
        return new DeliberationRefusal(403, "deliberation.not-own-vote",
                "只能由「" + name + "」本人表决，或由秘书代为记录", name);
    }

    /** 人民法院组织法 第38条: the president, or a vice-president he delegates, chairs the court's committee. */
    public static DeliberationRefusal notChair(String court) {
        return new DeliberationRefusal(403, "deliberation.not-chair",
                "只有" + court + "院长或受院长委托的副院长可以主持本院审判委员会（人民法院组织法 第38条）", court);
    }

    /** Only the meeting's chair or the body's secretary runs the meeting. */
    public static DeliberationRefusal notRunning() {
        return new DeliberationRefusal(403, "deliberation.not-running", "只有会议主持人或秘书可以办理此事项");
    }

    public static DeliberationRefusal notVisible() {
        return new DeliberationRefusal(403, "deliberation.not-visible", "无权查看该评议或会议记录");
    }

    public static DeliberationRefusal deliberationRequired(String caseNumber) {
        return new DeliberationRefusal(409, "deliberation.required",
                "合议庭审理的案件须有全体成员签名的评议笔录，方可签发裁判文书（民诉法 第45条）", caseNumber);
    }

    public static DeliberationRefusal noQuorum(QuorumCheck check) {
        return new DeliberationRefusal(409, "deliberation.no-quorum",
                "出席 " + check.present() + " 人，不足法定人数 " + check.required() + " 人（" + check.rule() + "），会议不能作出结论",
                check.present(), check.required(), check.rule());
    }

    public static DeliberationRefusal noMajority(int needed) {
        return new DeliberationRefusal(422, "deliberation.no-majority", "未形成过半数意见（需 " + needed + " 票），不能作出决定", needed);
    }

    public static DeliberationRefusal signed() {
        return new DeliberationRefusal(409, "deliberation.signed", "评议笔录已由全体成员签名，不能再修改");
    }

    public static DeliberationRefusal unsigned(String names) {
        return new DeliberationRefusal(409, "deliberation.unfinished", "尚有成员未对全部问题表决：" + names, names);
    }

    public static DeliberationRefusal advisoryOnly(MeetingKind kind) {
        return new DeliberationRefusal(409, "deliberation.advisory-only",
                kind.label() + "的意见仅供参考，不能作出决定；多数与少数意见交回审判组织", kind.label());
    }

    public static DeliberationRefusal concluded() {
        return new DeliberationRefusal(409, "deliberation.concluded", "会议已结束，不能再改动");
    }

    public static DeliberationRefusal notFound(String what) {
        return new DeliberationRefusal(404, "deliberation.not-found", "「" + what + "」不存在", what);
    }

    public static DeliberationRefusal invalid(String field, String reason) {
        return new DeliberationRefusal(422, "deliberation.invalid", reason, field, reason);
    }
}
