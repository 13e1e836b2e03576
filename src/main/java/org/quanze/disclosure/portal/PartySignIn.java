package org.quanze.disclosure.portal;

import org.quanze.casefile.QueryCodes;
import org.quanze.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Signs a party in with the case number and its query code. Brute force is stopped per case, whatever the source:
 * each try first reserves one of the case's {@code quanze.portal.max-wrong-codes} (10) wrong codes in one committed
 * statement, so that concurrent guesses cannot overrun the limit; a right code gives its reservation back. At the
 * limit the case's sign-in is locked (429) until the filing office issues a new code.
 */
@Service
class PartySignIn {

    private final JdbcClient jdbc;
    private final QueryCodes queryCodes;
    private final OneTimeCodes oneTimeCodes;
    private final int maxWrongCodes;

    PartySignIn(JdbcClient jdbc, QueryCodes queryCodes, OneTimeCodes oneTimeCodes,
            @Value("${quanze.portal.max-wrong-codes:10}") int maxWrongCodes) {
        this.jdbc = jdbc;
        this.oneTimeCodes = oneTimeCodes;
        this.queryCodes = queryCodes;
        this.maxWrongCodes = maxWrongCodes;
    }

    /** The case signed in to, or 401 (wrong number or code: the answer does not say which) or 429 (locked). */
    String signIn(String caseNumber, String queryCode) {
        return signIn(caseNumber, queryCode, null);
    }

    /**
     * As {@link #signIn(String, String)}, with the query code or a one-time code sent to the party's phone; a wrong
     * one of either counts towards the same lock.
     */
    String signIn(String caseNumber, String queryCode, String oneTimeCode) {
        String number = caseNumber == null ? "" : caseNumber.strip();
        boolean withQueryCode = queryCode != null && !queryCode.isBlank();
        if (number.isEmpty() || !withQueryCode && (oneTimeCode == null || oneTimeCode.isBlank())) throw wrong();
        // no transaction: the reservation commits before the code is checked
        boolean reserved = jdbc.sql("""
                INSERT INTO portal.sign_in_guard (case_number, failures) VALUES (?, 1)
                ON CONFLICT (case_number) DO UPDATE SET failures = portal.sign_in_guard.failures + 1
                WHERE portal.sign_in_guard.failures < ?
                RETURNING failures""").params(number, maxWrongCodes).query(Integer.class).optional().isPresent();
        if (!reserved) {
            throw new DomainException(429, "portal.locked", "该案件的查询码错误次数过多，已锁定；请向立案庭申请重新发放查询码");
        }
        if (withQueryCode ? !queryCodes.matches(number, queryCode) : !oneTimeCodes.use(number, oneTimeCode)) throw wrong();
        jdbc.sql("UPDATE portal.sign_in_guard SET failures = failures - 1 WHERE case_number = ? AND failures > 0")
                .param(number).update();
        return number;
    }

    private static DomainException wrong() {
        return new DomainException(401, "portal.wrongCode", "案号或查询码不正确");
    }
}
