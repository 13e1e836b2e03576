package org.quanze.deliberation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 专业法官会议的出席人数 — each court sets the minimum attendance (法发〔2021〕2号 三); quanze's default is at least
 * one third of the members and never fewer than five (configuration {@code quanze.deliberation.professional-meeting.
 * min-present} and {@code min-share}).
 */
public record ProfessionalMeetingQuorum(int minPresent, BigDecimal minShare) implements Quorum {

    @Override
    public QuorumCheck check(int members, int present) {
        int byShare = minShare.multiply(BigDecimal.valueOf(members)).setScale(0, RoundingMode.CEILING).intValueExact();
        int required = Math.max(minPresent, byShare);
        return new QuorumCheck(present >= required && present <= members, members, present, required,
                "法发〔2021〕2号 三：出席人数不少于全体成员的 " + minShare.stripTrailingZeros().toPlainString()
                        + " 且不少于 " + minPresent + " 人");
    }
}
