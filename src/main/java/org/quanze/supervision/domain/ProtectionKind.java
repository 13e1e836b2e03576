package org.quanze.supervision.domain;

/**
 * What a judge asks protection against (《保护司法人员依法履行法定职责规定》, 中办发〔2016〕; 法官法 第11条、第59条 [P]).
 */
public enum ProtectionKind {
    THREAT("威胁、恐吓"), HARASSMENT("滋扰、跟踪"), DEFAMATION("诬告陷害、侮辱诽谤"), FALSE_ACCUSATION("不实举报");

    private final String label;

    ProtectionKind(String label) { this.label = label; }

    public String label() { return label; }
}
