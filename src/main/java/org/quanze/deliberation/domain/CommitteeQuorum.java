package org.quanze.deliberation.domain;

/** 审判委员会会议应当有其组成人员的过半数出席 — more than half of the members present (人民法院组织法 第38条). */
public record CommitteeQuorum() implements Quorum {

    @Override
    public QuorumCheck check(int members, int present) {
        int required = members / 2 + 1;
        return new QuorumCheck(members > 0 && present >= required && present <= members, members, present, required,
                "人民法院组织法 第38条：审判委员会会议应当有其组成人员的过半数出席");
    }
}
