package org.quanze.casefile.domain;

import java.time.LocalDate;
import org.quanze.shared.Labelled;

/**
 * 送达方式 — how a court document reached its addressee, and the day it counts as served (送达日期), 民事诉讼法 第七章第二节
 * (行政诉讼法 第101条 and 刑诉解释 第十四章 apply the same methods). The date typed is the act the record bears: the
 * signed date on the 送达回证, the day a refused document was left, the day an electronic message reached the system,
 * the receipt date of the post, the publication date of a notice.
 */
public enum ServiceMethod implements Labelled {
    /** 直接送达 — 第87条、第88条: the date signed on the 送达回证. */
    DIRECT("直接送达", "民事诉讼法 第87条、第88条"),
    /** 留置送达 — 第89条: the day the document was left at the residence. */
    LEFT("留置送达", "民事诉讼法 第89条"),
    /** 电子送达 — 第90条: with the addressee's consent; the day it reached the addressee's system. */
    ELECTRONIC("电子送达", "民事诉讼法 第90条"),
    /** 委托送达 — 第91条: another court serves on this one's behalf; the date signed. */
    ENTRUSTED("委托送达", "民事诉讼法 第91条"),
    /** 邮寄送达 — 第91条: the receipt date noted on the return slip. */
    POSTAL("邮寄送达", "民事诉讼法 第91条"),
    /** 转交送达 — 第92–94条 (soldiers, prisoners): the date signed on the 送达回证. */
    FORWARDED("转交送达", "民事诉讼法 第92条、第93条、第94条"),
    /** 公告送达 — 第95条: only where the addressee cannot be found or reached; served thirty days after publication. */
    PUBLIC_NOTICE("公告送达", "民事诉讼法 第95条");

    /** 第95条: 自发出公告之日起，经过三十日，即视为送达. */
    public static final int PUBLIC_NOTICE_DAYS = 30;

    private final String label;
    private final String article;

    ServiceMethod(String label, String article) {
        this.label = label;
        this.article = article;
    }

    @Override
    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    /** The day the document counts as served, from the date the record bears. */
    public LocalDate servedOn(LocalDate recorded) {
        return this == PUBLIC_NOTICE ? recorded.plusDays(PUBLIC_NOTICE_DAYS) : recorded;
    }
}
