package org.quanze.disclosure.domain;

/**
 * The rules a document's publication verbs check, each with the article it implements (法释〔2016〕19号 unless
 * stated). A refusal names the rule's code, its article and the field at fault; {@link #ALL} is the list an auditor
 * reads, and {@code PublicationRuleTests} holds one table row per rule.
 */
public enum PublicationRule {
    /** 第7条: the document published is the effective one; it is attached on or after the case's closing. */
    ATTACH_AFTER_CLOSING("P-01", "第7条", "caseNumber", 409, "案件结案后才能附上生效裁判文书"),
    /** 第7条: the 7 working days run from the day the document took effect, a day already past. */
    EFFECTIVE_DATE_NOT_FUTURE("P-02", "第7条", "effectiveOn", 422, "生效日期不能晚于今天"),
    /** 第15–16条: the published text must match the original; a published document is withdrawn before a new version replaces it. */
    NO_NEW_VERSION_WHILE_PUBLISHED("P-03", "第15条、第16条", "state", 409, "已公开的文书须先撤回，才能附上新版本"),
    /** 第3–4条: publication or a reason not to publish is proposed once, for a document pending or withdrawn. */
    DECIDE_ONLY_PENDING("P-04", "第3条、第4条", "state", 409, "只有待处理或已撤回的文书可以提出公开或不公开"),
    /** 第15条: what is published is the confirmed anonymisation of the latest version, not of an older one. */
    CONFIRM_LATEST_VERSION("P-05", "第15条", "documentVersion", 409, "确认的屏蔽文本须基于文书的最新版本，请重新预览"),
    /** 第8–11条, 第15条: the confirmed changes lie inside the text and do not overlap, so the published text follows from the original. */
    CONFIRMED_SPANS_INSIDE_TEXT("P-06", "第8–11条、第15条", "spans", 422, "确认的屏蔽范围须在文书正文之内且互不重叠"),
    /** 第16条: a withdrawn document is republished with its reason on the trail. */
    REPUBLISH_WITH_REASON("P-07", "第16条", "reason", 422, "撤回后重新公开须说明理由"),
    /** 第4条: only the reasons of 第4条 keep a document off the internet. */
    REASON_FROM_ARTICLE_4("P-08", "第4条", "reason", 422, "请从第四条所列情形中选择不公开的理由"),
    /** 第4条(五) with 第12条: 「其他情形」 needs the judge's written reasons for the president to decide on. */
    OTHER_NEEDS_WRITTEN_REASONS("P-09", "第4条第（五）项、第12条", "writtenReasons", 422, "以「其他情形」不公开须提交书面理由"),
    /** 第12条: the president decides on a proposal that is waiting for him. */
    APPROVE_ONLY_PROPOSED("P-10", "第12条", "state", 409, "只有待审批的不公开申请可以审批"),
    /** 第12条: the decision is the president's, not the proposer's own (a president who proposes is decided on by another). */
    NO_SELF_APPROVAL("P-11", "第12条", "approver", 409, "提出不公开的人不能审批自己的申请"),
    /** 第16条: only a published document is withdrawn. */
    WITHDRAW_ONLY_PUBLISHED("P-12", "第16条", "state", 409, "只有已公开的文书可以撤回"),
    /** 第16条: a withdrawal states its reason, on the trail. */
    WITHDRAW_WITH_REASON("P-13", "第16条", "reason", 422, "撤回须说明理由");

    public static final java.util.List<PublicationRule> ALL = java.util.List.of(values());

    private final String code;
    private final String article;
    private final String field;
    private final int status;
    private final String message;

    PublicationRule(String code, String article, String field, int status, String message) {
        this.code = code;
        this.article = article;
        this.field = field;
        this.status = status;
        this.message = message;
    }

    public String code() { return code; }

    /** The article of 法释〔2016〕19号 the rule implements. */
    public String article() { return article; }

    /** The request field a refusal names. */
    public String field() { return field; }

    /** 409 for a document in the wrong state, 422 for input the rule refuses. */
    public int status() { return status; }

    public String message() { return message; }

    /** The refusal: status, code {@code disclosure.rule}, the Chinese message with code and article, the field. */
    public org.quanze.shared.DomainException refusal() {
        String text = code + " " + message + "（法释〔2016〕19号 " + article + "）";
        return new org.quanze.shared.DomainException(status, "disclosure.rule." + code, text,
                java.util.List.of(org.quanze.shared.DomainException.FieldError.of(field, text)), code, article);
    }
}
