package org.quanze.casefile;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.internal.CaseStore;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 查询码 — the code printed on the acceptance notice (受理通知书) with which a party or their lawyer signs in to the
 * process-disclosure portal (审判流程公开, issue 15). Issued at filing, re-issued by the filing office (the old code
 * then stops working); only a BCrypt hash is stored, the code itself is returned once.
 */
@Service
public class QueryCodes {

    /** No 0/O, 1/I: a code read off paper is typed back without guessing. 32 symbols × 10 = 50 bits. */
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 10;

    private final CaseStore store;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final BCryptPasswordEncoder hasher = new BCryptPasswordEncoder();

    QueryCodes(CaseStore store, PowerGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Issues the first code of a case just filed, in the filing's transaction (the filing already checked FILE_CASE). */
    @Transactional
    public String issueAtFiling(String caseNumber) {
        return issue(store.get(caseNumber), false);
    }

    /** 重新发放查询码 — the filing office issues a new code; the old one stops working. */
    @Transactional
    public String reissue(String caseNumber) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.FILE_CASE, CaseFiles.powerContext(c));
        return issue(c, true);
    }

    /** Whether the code is the case's current one (case-insensitive, spaces and dashes ignored). */
    @Transactional(readOnly = true)
    public boolean matches(String caseNumber, String code) {
        if (caseNumber == null || code == null) return false;
        String hash = store.jdbc().sql("SELECT query_code_hash FROM casefile.case_file WHERE case_number = ?")
                .param(caseNumber).query(String.class).optional().orElse(null);
        return hash != null && hasher.matches(normalise(code), hash);
    }

    private String issue(CaseView c, boolean reissued) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        store.jdbc().sql("UPDATE casefile.case_file SET query_code_hash = ?, query_code_issued_at = ? WHERE id = ?")
                .params(hasher.encode(code), java.sql.Timestamp.from(clock.instant()), c.id()).update();
        // the trail says a code was issued, never the code
        events.publishEvent(Recorded.onCase("QUERY_CODE_ISSUED", c.caseNumber(),
                Map.of("reissued", reissued, "courtId", c.courtId())));
        return code.toString();
    }

    static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
