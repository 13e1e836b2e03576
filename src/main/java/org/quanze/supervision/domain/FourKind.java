package org.quanze.supervision.domain;

/** 四类案件 — 法发〔2021〕30号 第二条 (一)–(四); the 2015 意见 第24条 had an older wording of (一)(二). */
public enum FourKind {
    /** (一) 重大、疑难、复杂、敏感的 (its 第三条 lists what counts). */
    MAJOR_COMPLEX_SENSITIVE("（一）重大、疑难、复杂、敏感的"),
    /** (二) 涉及群体性纠纷或者引发社会广泛关注，可能影响社会稳定的. */
    GROUP_DISPUTE("（二）涉及群体性纠纷或者引发社会广泛关注，可能影响社会稳定的"),
    /** (三) 与本院或者上级人民法院的类案裁判可能发生冲突的. */
    CLASS_CONFLICT("（三）与本院或者上级人民法院的类案裁判可能发生冲突的"),
    /** (四) 有关单位或者个人反映法官有违法审判行为的. */
    ALLEGED_MISCONDUCT("（四）有关单位或者个人反映法官有违法审判行为的");

    private final String label;

    FourKind(String label) { this.label = label; }

    public String label() { return label; }
}
