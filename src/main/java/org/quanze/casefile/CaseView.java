package org.quanze.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as other modules and the API see it. {@code deadline} is the statutory deadline (审限) as computed, after
 * extensions and suspensions; null for cases without a statutory limit (涉外 civil cases, 民诉法 第287条).
 * {@code appealed}, {@code appealOn} (上诉日期) and {@code transferredOn} (移送日期: the file sent to the court above on
 * appeal, or back to the court below after 发回重审) follow the closing; {@code retrialApplied} (被申请再审/申诉) marks
 * an effective case a party asked to have retried. {@code upperOutcome} is what a higher court did to this case on
 * appeal or retrial (发改指: REVERSED, REMANDED, RETRIAL_ORDERED …); {@code reviewResult} is the result of a reviewing
 * case (二审, 再审, 再审审查) itself, in the same codes — a 民终 that reversed the court below has reviewResult REVERSED
 * and, unless a still higher court retried it, no upperOutcome.
 */
public record CaseView(
        long id,
        String caseNumber,
        long courtId,
        String court,
        Long departmentId,
        String caseType,
        String category,
        String procedure,
        String track,
        String status,
        String causeCode,
        String causeName,
        BigDecimal claimAmount,
        LocalDate filedOn,
        LocalDate closedOn,
        String closeMethod,
        LocalDate archivedOn,
        LocalDate deadline,
        int suspendedDays,
        boolean extended,
        Long handlerId,
        String triedBy,
        boolean committeeDecided,
        String upperOutcome,
        String reviewResult,
        String originalCaseNumber,
        boolean appealed,
        LocalDate appealOn,
        LocalDate transferredOn,
        boolean retrialApplied,
        int version,
        List<TrialMember> trialOrganisation) {

    /**
     * A member of the trial organisation: 审判长 (PRESIDING), 承办法官 (HANDLING), 合议庭成员 (MEMBER), 人民陪审员
     * (ASSESSOR); {@code presiding} also for a handling judge who presides (承办法官兼任审判长).
     */
    public record TrialMember(long staffId, String staffNo, String name, String role, boolean presiding) {
    }

    public List<Long> trialOrganisationIds() {
        return trialOrganisation.stream().map(TrialMember::staffId).toList();
    }

    public boolean open() {
        return closedOn == null;
    }

    /** Not yet diverted (繁简分流 pending). */
    public boolean trackIsUndecided() {
        return track == null && closedOn == null;
    }
}
