package org.quanze.authority;

/** The actions the platform knows; the power list grants or forbids each of them to roles, posts and offices. */
public enum Action {
    FILE_CASE("立案", "case"),
    DIVERT_CASE("繁简分流", "case"),
    ASSIGN_CASE("分案", "case"),
    REASSIGN_CASE("调整分案（转办）", "case"),
    HANDLE_CASE("担任承办人", "case"),
    CHANGE_TRIAL_ORGANISATION("组成或变更审判组织", "case"),
    SCHEDULE_HEARING("排期开庭", "case"),
    SIGN_JUDGMENT("签发裁判文书", "case"),
    REQUEST_EXTENSION("申请延长审限", "case"),
    APPROVE_EXTENSION("审批延长审限", "case"),
    SUSPEND_DEADLINE("扣除审限", "case"),
    CLOSE_CASE("结案", "case"),
    ARCHIVE_CASE("归档", "case"),
    /** 上诉登记与移送: the appeal against a first-instance judgment and the transfer of the file (民事诉讼法 第173–174条). */
    RECORD_APPEAL("上诉登记与案卷移送", "case"),
    /** 送达: the documents served on the parties (民事诉讼法 第87–95条). */
    RECORD_SERVICE("记录送达", "case"),
    CHANGE_PANEL_DECISION("改变合议庭或独任法官的裁判意见", "case"),
    CONVENE_MEETING("召集专业法官会议或审判委员会", "supervision"),
    RECORD_SUPERVISION_INSTRUCTION("记录监督管理意见", "supervision"),
    RECORD_INTERFERENCE("记录干预司法情况", "supervision"),
    REQUEST_PROTECTION("申请履职保障", "supervision"),
    HANDLE_PROTECTION("处理履职保障申请", "supervision"),
    VIEW_CASE("查看案件", "query"),
    VIEW_STATISTICS("查看统计", "query"),
    VIEW_ORGANIZATION("查看组织机构", "query"),
    MANAGE_ORGANIZATION("维护法院、部门与人员", "admin"),
    IMPORT_DATA("导入数据", "admin"),
    VIEW_TRAIL("查看留痕记录", "query"),
    VIEW_POWER_LIST("查看权力清单", "query"),
    EDIT_POWER_LIST("编辑权力清单", "admin"),
    // deliberation: the committee's chair and approvals, and who reads deliberation records (人民法院组织法 第38–39条)
    /** 主持审判委员会 — the president; a vice-president only under a delegation on record (组织法 第38条). */
    CHAIR_COMMITTEE("主持审判委员会会议", "supervision"),
    /** 批准提交审判委员会 — the president approves a case's submission (组织法 第39条). */
    APPROVE_COMMITTEE_SUBMISSION("批准提交审判委员会讨论", "supervision"),
    /** The court's committee, its meetings, votes and minutes, and the court's deliberation records. */
    VIEW_COMMITTEE("查看审判委员会会议与评议记录", "query"),
    /** 合议庭评议笔录 and ballots of a case, beyond its own trial organisation. */
    VIEW_DELIBERATION("查看合议庭评议笔录", "query"),
    // trail checkpoints and export (issue 10 item 2)
    /** 签名检查点: sign the trail's head with the checkpoint key. */
    SIGN_TRAIL_CHECKPOINT("签署留痕检查点", "admin"),
    /** 导出留痕: the whole chain with its signed checkpoints, for verification outside the platform. */
    EXPORT_TRAIL("导出全部留痕记录供离线校验", "query"),
    // case quality review (案件评查, issue 13)
    /** 组织案件评查: enrol cases, assign reviewers, apply for two-way review, take a dispute to the committee. */
    MANAGE_REVIEW("组织案件评查", "supervision"),
    /** 查看案件评查: reviews, the ledger and the review tables of the courts in scope. */
    VIEW_REVIEW("查看案件评查", "query"),
    // judgment publication (裁判文书上网, issue 14; 法释〔2016〕19号)
    /** 裁判文书上网: attach a case's document, confirm its anonymisation, publish, propose not to publish, withdraw. */
    PUBLISH_JUDGMENT("裁判文书上网（附文书、确认屏蔽、公开、提出不公开、撤回）", "case"),
    /** 批准不公开: decide on a proposal not to publish under 第4条(五) (第12条: the president or the vice-president in charge). */
    APPROVE_NON_PUBLICATION("审批裁判文书不上网（其他情形）", "supervision"),
    /** 工作日历: the year's holidays and make-up working days the 7-working-day limit of 第7条 is counted on. */
    EDIT_WORKING_CALENDAR("维护工作日历（节假日与调休上班日）", "admin"),
    // accountability (审判责任认定与追究, issue 16)
    /** 登记审判责任线索并初核: the supervision office and the trial-management office (意见 第34条 [U]). */
    RECORD_ACCOUNTABILITY_CLUE("登记审判责任线索并初核", "supervision"),
    /** 立案、调查、证据、报告院长、录入惩戒委员会审查意见、送达、归档: the supervision office (意见 第35条 [U]). */
    HANDLE_ACCOUNTABILITY("办理审判责任追究程序", "supervision"),
    /** 暂停履行职务 (法官法 第47条) and the court's decision on the consequence: the president. */
    DECIDE_ACCOUNTABILITY("决定暂停履职或惩戒处理", "supervision"),
    /** A confidential proceeding: the supervision office and the president; committee members and the judge concerned by the record. */
    VIEW_ACCOUNTABILITY("查看审判责任追究程序", "query");

    private final String label;
    private final String group;

    Action(String label, String group) {
        this.label = label;
        this.group = group;
    }

    /** Chinese name shown in the power list. */
    public String label() { return label; }

    public String group() { return group; }
}
