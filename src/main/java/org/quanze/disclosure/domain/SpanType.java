package org.quanze.disclosure.domain;

/** What a masked span was (法释〔2016〕19号 第9–10条); the code is what the API answers. */
public enum SpanType {
    /** 第9条: a natural person's name, replaced by 张某 / 欧阳某 / 张某1 / K. */
    NAME("name"),
    /** All-parties policy: a legal person's or other organisation's name. */
    ORGANISATION("organisation"),
    /** 第10条(一): 身份证号码 and other certificate numbers. */
    ID_NUMBER("id_number"),
    /** 第10条(一): 通讯方式. */
    PHONE("phone"),
    /** 第10条(一)(二): 银行账号 and payment accounts. */
    BANK_ACCOUNT("bank_account"),
    /** 第10条(一)(二): 车牌号码. */
    PLATE("plate"),
    /** 第10条(一): 家庭住址 below the county (the county stays, 第11条). */
    ADDRESS("address"),
    /** 第10条(一)(二): 动产或不动产权属证书编号. */
    PROPERTY_CERTIFICATE("property_certificate"),
    /** 第10条(一)(四): 健康状况 and private details of family disputes. */
    HEALTH("health"),
    /** 第10条(一): other contact handles (QQ, WeChat, e-mail). */
    ONLINE_ACCOUNT("online_account"),
    /** 第10条(三)–(六): what the judge adds at confirmation (商业秘密, 个人隐私, 其他不宜公开的信息), replaced by ×. */
    OTHER("other");

    private final String code;

    SpanType(String code) { this.code = code; }

    public String code() { return code; }
}
