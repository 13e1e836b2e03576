package org.quanze.deliberation.domain;

/**
 * 专业法官会议的出席人数 — each court sets the minimum attendance (法发〔2021〕2号 三); quanze's default is at least
 * one third of the members, rounded up, and never fewer than five (configuration {@code quanze.deliberation.
 * professional-meeting.min-present} and {@code min-share}, a fraction such as {@code 1/3}). Exact integer arithmetic:
 * a share written as a decimal (0.3334) would ask 11 of 30 members instead of 10.
 */
public record ProfessionalMeetingQuorum(int minPresent, int shareNumerator, int shareDenominator) implements Quorum {

    public ProfessionalMeetingQuorum {
        if (minPresent < 0 || shareNumerator < 0 || shareDenominator <= 0 || shareNumerator > shareDenominator) {
            throw new IllegalArgumentException("professional meeting quorum: " + minPresent + ", " + shareNumerator + "/" + shareDenominator);
        }
    }

    /** Reads a share written as a fraction ({@code 1/3}). */
    public static ProfessionalMeetingQuorum of(int minPresent, String share) {
        String[] parts = share.strip().split("/");
        if (parts.length != 2) throw new IllegalArgumentException("min-share must be a fraction such as 1/3: " + share);
        return new ProfessionalMeetingQuorum(minPresent, Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    @Override
    public QuorumCheck check(int members, int present) {
        int byShare = (members * shareNumerator + shareDenominator - 1) / shareDenominator;
        int required = Math.max(minPresent, byShare);
        return new QuorumCheck(present >= required && present <= members, members, present, required,
                "法发〔2021〕2号 三：出席人数不少于全体成员的 " + shareNumerator + "/" + shareDenominator + "（向上取整）且不少于 " + minPresent + " 人");
    }
}
