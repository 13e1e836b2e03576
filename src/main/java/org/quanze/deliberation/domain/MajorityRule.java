package org.quanze.deliberation.domain;

/** Whose majority carries a vote: a stance prevails only with strictly more than half of the basis. */
public enum MajorityRule {

    /** 评议按多数人的意见作出决定 — majority of the votes cast (民诉法 第45条; 人民法院组织法 第31条; 法发〔2021〕2号). */
    OF_VOTES_CAST("过半数表决意见") {
        @Override
        public int basis(int votesCast, int members) { return votesCast; }
    },

    /**
     * 以全体委员的过半数意见作出决定 — majority of all members, absent ones included (法发〔2019〕20号, text not
     * verified [U]; configuration {@code quanze.deliberation.committee.majority}).
     */
    OF_ALL_MEMBERS("全体委员过半数") {
        @Override
        public int basis(int votesCast, int members) { return members; }
    };

    private final String label;

    MajorityRule(String label) { this.label = label; }

    public String label() { return label; }

    /** The number a majority is a majority of. */
    public abstract int basis(int votesCast, int members);

    /** Votes a stance needs to prevail: more than half of the basis. */
    public int needed(int votesCast, int members) {
        return basis(votesCast, members) / 2 + 1;
    }
}
