package org.quanze.disclosure.domain;

/**
 * 不在互联网公布的理由 — 法释〔2016〕19号 第4条, the only reasons a judgment of 第3条 stays off the internet.
 * Publication is the rule; each reason here is an exception the judge proposes and, for (五), the president approves
 * (第4条(五) with the procedure of 第12条: written reasons, the division head reviews, the president decides).
 */
public enum NonPublicationReason {
    /** (一) 涉及国家秘密的. */
    STATE_SECRET("（一）", "涉及国家秘密"),
    /** (二) 未成年人犯罪的. */
    JUVENILE_CRIME("（二）", "未成年人犯罪"),
    /** (三) 以调解方式结案或者确认人民调解协议效力的 (unless publication is necessary to protect public or others' interests). */
    MEDIATION("（三）", "以调解方式结案或者确认人民调解协议效力"),
    /** (四) 离婚诉讼或者涉及未成年子女抚养、监护的. */
    DIVORCE_OR_CHILD_CUSTODY("（四）", "离婚诉讼或者涉及未成年子女抚养、监护"),
    /** (五) 人民法院认为不宜在互联网公布的其他情形 — needs the president's approval. */
    OTHER("（五）", "人民法院认为不宜在互联网公布的其他情形");

    private final String item;
    private final String wording;

    NonPublicationReason(String item, String wording) {
        this.item = item;
        this.wording = wording;
    }

    /** The item of 第4条, e.g. 「（二）」. */
    public String item() { return item; }

    /** The statutory wording of the item. */
    public String wording() { return wording; }

    /** Only 「其他情形」 is the court's own judgment and so needs the president's approval before it takes effect. */
    public boolean needsPresidentsApproval() { return this == OTHER; }

    /**
     * 第6条: the public notice of a judgment not published names the case number, the court, the date of judgment
     * and the reason — unless publishing even these could disclose a state secret.
     */
    public String notice(String caseNumber, String court, java.time.LocalDate judgmentDate) {
        if (this == STATE_SECRET) {
            return "本案裁判文书因涉及国家秘密，依据《最高人民法院关于人民法院在互联网公布裁判文书的规定》第四条第（一）项不在互联网公布。";
        }
        return "案号：" + caseNumber + "；审理法院：" + court + "；裁判日期：" + judgmentDate + "；不公开理由：" + wording
                + "（《最高人民法院关于人民法院在互联网公布裁判文书的规定》第四条第" + item + "项）。";
    }
}
