package org.quanze.deliberation.domain;

/** A rule on how many members must be present before a meeting may conclude anything. */
public interface Quorum {

    QuorumCheck check(int members, int present);
}
