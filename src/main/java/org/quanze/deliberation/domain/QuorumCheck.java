package org.quanze.deliberation.domain;

/** Whether enough members are present, and how many the rule asked for. */
public record QuorumCheck(boolean met, int members, int present, int required, String rule) {
}
