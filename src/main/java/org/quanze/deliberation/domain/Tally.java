package org.quanze.deliberation.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a vote: the prevailing stance with its majority, and the minority whose dissent is kept in the
 * record (民诉法 第45条: 评议中的不同意见，必须如实记入笔录). {@code prevailing} is null when no stance has the
 * majority the rule asks for: the panel then has no decision and should consult the 专业法官会议 (法发〔2021〕2号 四(二)).
 */
public record Tally(String prevailing, int needed, List<Ballot> majority, List<Ballot> minority, Map<String, Long> counts) {

    public Tally {
        majority = List.copyOf(majority);
        minority = List.copyOf(minority);
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public static Tally of(List<Ballot> ballots, MajorityRule rule, int members) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ballots.stream().sorted(Comparator.comparingInt(Ballot::order))
                .forEach(b -> counts.merge(b.stance(), 1L, Long::sum));
        int needed = rule.needed(ballots.size(), members);
        String prevailing = counts.entrySet().stream().filter(e -> e.getValue() >= needed)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        List<Ballot> majority = ballots.stream().filter(b -> b.stance().equals(prevailing)).toList();
        List<Ballot> minority = ballots.stream().filter(b -> !b.stance().equals(prevailing)).toList();
        return new Tally(prevailing, needed, majority, minority, counts);
    }

    public boolean decided() { return prevailing != null; }

    /** 少数意见 as it is written into the record: each dissenting member with stance and reasons. */
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
