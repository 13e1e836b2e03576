package org.quanze.trail.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quanze.trail.TrailCheckpoint;
import org.quanze.trail.TrailEvent;
import org.quanze.trail.TrailVerification;

/**
 * The verification rule, one place for the application and for the offline verifier: events are fed in chain order;
 * each must link to the one before and match its own hash, and each signed checkpoint must find, at its sequence
 * number, an event with its head hash and the same count of events up to it. A checkpoint whose event never comes
 * (the newest events deleted, the trail truncated, an event removed and the rest re-numbered) is contradicted too.
 * Signatures are checked before the walk ({@link TrailKey#verifies}); only checkpoints that passed are given here.
 */
final class TrailChain {

    private final List<TrailCheckpoint> checkpoints;
    private int next;
    private long count;
    private long lastSeq;
    private String previous = TrailHash.GENESIS;
    private Long broken;
    private String reason;
    private TrailCheckpoint contradicted;
    private String contradiction;

    private int checked;

    /** A walk against the checkpoints whose signature this public key accepts; any other checkpoint contradicts. */
    static TrailChain against(List<TrailCheckpoint> checkpoints, java.security.PublicKey key) {
        List<TrailCheckpoint> signed = checkpoints.stream().filter(cp -> TrailKey.verifies(key, cp)).toList();
        TrailChain chain = new TrailChain(signed);
        chain.checked = checkpoints.size();
        checkpoints.stream().filter(cp -> !signed.contains(cp)).findFirst().ifPresent(chain::badSignature);
        return chain;
    }

    TrailChain(List<TrailCheckpoint> checkpoints) {
        this.checkpoints = new ArrayList<>(checkpoints);
        this.checkpoints.sort(Comparator.comparingLong(TrailCheckpoint::seq).thenComparingLong(TrailCheckpoint::count));
        skipEmptyTrailCheckpoints();
    }

    void accept(TrailEvent e) {
        count++;
        if (broken == null) {
            if (e.seq() <= lastSeq) {
                broken = e.seq();
                reason = TrailVerification.ORDER;
            } else if (!e.prevHash().equals(previous)) {
                broken = e.seq();
                reason = TrailVerification.LINK;
            } else if (!TrailHash.of(e).equals(e.hash())) {
                broken = e.seq();
                reason = TrailVerification.CONTENT;
            }
        }
        while (next < checkpoints.size() && checkpoints.get(next).seq() < e.seq()) {
            contradict(checkpoints.get(next++), TrailVerification.CHECKPOINT_MISSING);
        }
        while (next < checkpoints.size() && checkpoints.get(next).seq() == e.seq()) {
            TrailCheckpoint cp = checkpoints.get(next++);
            if (cp.count() != count || !cp.headHash().equals(e.hash())) contradict(cp, TrailVerification.CHECKPOINT_HEAD);
        }
        lastSeq = e.seq();
        previous = e.hash();
    }

    /** A checkpoint whose signature failed is itself a contradiction: someone wrote it without the key. */
    void badSignature(TrailCheckpoint cp) {
        contradict(cp, TrailVerification.CHECKPOINT_SIGNATURE);
    }

    TrailVerification result() {
        while (next < checkpoints.size()) contradict(checkpoints.get(next++), TrailVerification.CHECKPOINT_MISSING);
        boolean intact = broken == null && contradicted == null;
        return new TrailVerification(intact, count, broken, broken != null ? reason : contradiction, checked,
                contradicted);
    }

    private void contradict(TrailCheckpoint cp, String why) {
        if (contradicted == null) {
            contradicted = cp;
            contradiction = why;
        }
    }

    /** A checkpoint of an empty trail (seq 0) covers nothing, so any trail satisfies it. */
    private void skipEmptyTrailCheckpoints() {
        while (next < checkpoints.size() && checkpoints.get(next).seq() == 0 && checkpoints.get(next).count() == 0) next++;
    }
}
