package org.quanze.deliberation.domain;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a vote over the options: the prevailing option with its majority, and the minority whose dissent is
 * kept in the record (民诉法 第45条: 评议中的不同意见，必须如实记入笔录). {@code prevailing} is null when no decisive
 * option (同意 or 不同意) has the majority the rule asks for: the panel then has no decision and should consult the
 * 专业法官会议 (法发〔2021〕2号 四(二)). Abstentions count among the votes cast.
 */
public record Tally(VoteChoice prevailing, int needed, List<Ballot> majority, List<Ballot> minority, Map<VoteChoice, Long> counts) {

    public Tally {
        majority = List.copyOf(majority);
        minority = List.copyOf(minority);
        Map<VoteChoice, Long> copy = new EnumMap<>(VoteChoice.class);
        copy.putAll(counts);
        counts = java.util.Collections.unmodifiableMap(copy);
    }

    public static Tally of(List<Ballot> ballots, MajorityRule rule, int members) {
        Map<VoteChoice, Long> counts = new EnumMap<>(VoteChoice.class);
        for (VoteChoice c : VoteChoice.values()) counts.put(c, 0L);
        ballots.forEach(b -> counts.merge(b.choice(), 1L, Long::sum));
        int needed = rule.needed(ballots.size(), members);
        VoteChoice prevailing = counts.entrySet().stream().filter(e -> e.getKey().decisive() && e.getValue() >= needed)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        List<Ballot> ordered = ballots.stream().sorted(Comparator.comparingInt(Ballot::order)).toList();
        return new Tally(prevailing, needed, ordered.stream().filter(b -> b.choice() == prevailing).toList(),
                ordered.stream().filter(b -> b.choice() != prevailing).toList(), counts);
    }

    public boolean decided() { return prevailing != null; }

    public long count(VoteChoice choice) { return counts.getOrDefault(choice, 0L); }

    /** The outcome in words: e.g. 「同意：违约金酌减至百分之三十」, or null without a majority. */
    public String outcome(String proposal) {
        return prevailing == null ? null : prevailing.label() + "：" + proposal;
    }

    /** 少数意见 as it is written into the record: each dissenting member with option and reasons. */
    public String minorityText() {
        return text(minority);
    }

    public String majorityText() {
        return text(majority);
    }

    private static String text(List<Ballot> ballots) {
        return ballots.stream().map(b -> b.voterName() + "：" + b.stance() + (b.opinion().isEmpty() ? "" : "（" + b.opinion() + "）"))
                .reduce((a, b) -> a + "；" + b).orElse("");
    }
}
