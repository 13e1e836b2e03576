package org.quanze.casefile.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quanze.casefile.domain.CaseFlag;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.DeadlineRule;
import org.quanze.casefile.domain.DeadlineRules;
import org.quanze.casefile.domain.Extension;
import org.quanze.casefile.domain.ExtensionApprover;
import org.quanze.casefile.domain.HolidayPolicy;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.Suspension;
import org.quanze.casefile.domain.SuspensionReason;
import org.quanze.casefile.domain.TimeLimit;
import org.quanze.casefile.domain.TrialDeadline;
import org.quanze.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 审限 of a stored case: the statutory rule for its type, procedure and flags, counted from its base date (the filing
 * date, or a criminal conversion decision), with its recorded suspensions and the extensions still in force.
 */
@Component
public class Deadlines {

    private final JdbcClient jdbc;
    /** The court's zone: an extension's grant date is the day it was approved there. */
    private final ZoneId zone;

    Deadlines(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** The rule, or empty where the law sets none (涉外 civil cases) or none is configured for the combination. */
    public static Optional<DeadlineRule> rule(CaseType type, Procedure procedure, Set<CaseFlag> flags) {
        try {
            DeadlineRule rule = DeadlineRules.forCase(type, procedure, flags);
            return rule.hasStatutoryLimit() ? Optional.of(rule) : Optional.empty();
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** The deadline of a new case (no suspensions or extensions yet). */
    public static LocalDate initial(CaseType type, Procedure procedure, Set<CaseFlag> flags, LocalDate filedOn) {
        return rule(type, procedure, flags).map(r -> TrialDeadline.start(r, filedOn).dueOn()).orElse(null);
    }

    /** The case's deadline as it stands, rebuilt from what is stored. */
    public Optional<TrialDeadline> of(long caseId) {
        var row = jdbc.sql("SELECT case_type, procedure, circumstances, filed_on, coalesce(deadline_base, filed_on) AS base FROM casefile.case_file WHERE id = ?")
                .param(caseId).query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2),
                        (String[]) rs.getArray(3).getArray(), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)})
                .single();
        Optional<DeadlineRule> rule = rule(CaseType.fromCode((String) row[0]), Procedure.valueOf((String) row[1]),
                flags((String[]) row[2]));
        if (rule.isEmpty()) return Optional.empty();
        // counted from the base (a criminal conversion decision, 刑诉解释 第376条) but filed on the filing date, so that a
        // suspension recorded before the conversion stays valid (it falls before the base and moves nothing)
        TrialDeadline deadline = new TrialDeadline(rule.get(), (LocalDate) row[3], (LocalDate) row[4], List.of(), List.of(),
                HolidayPolicy.UNCHANGED);
        for (Suspension s : suspensions(caseId)) deadline = deadline.suspend(s);
        // 重新计算审理期限 (改变管辖, 补充侦查, 发回重审): extensions granted before the limit restarted have lapsed.
        LocalDate countsFrom = deadline.countsFrom();
        boolean restarted = countsFrom.isAfter((LocalDate) row[4]);
        for (GrantedExtension g : extensions(caseId)) {
            if (!restarted || !g.grantedOn().isBefore(countsFrom)) deadline = deadline.extend(g.extension());
        }
        return Optional.of(deadline);
    }

    /** An extension in force and the day (in the court's zone) it was approved. */
    record GrantedExtension(Extension extension, LocalDate grantedOn) {
    }

    List<Suspension> suspensions(long caseId) {
        return jdbc.sql("SELECT reason, from_date, to_date FROM casefile.suspension WHERE case_id = ? ORDER BY from_date")
                .param(caseId).query((rs, i) -> Suspension.of(SuspensionReason.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))).list();
    }

    List<GrantedExtension> extensions(long caseId) {
        return jdbc.sql("SELECT approver, months, days, at FROM casefile.extension WHERE case_id = ? AND NOT lapsed ORDER BY id")
                .param(caseId).query((rs, i) -> new GrantedExtension(Extension.by(ExtensionApprover.valueOf(rs.getString(1)),
                        new TimeLimit(rs.getInt(2), rs.getInt(3))),
                        rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate())).list();
    }

    /** Case flags among the stored circumstances (the rest are diversion circumstances). */
    public static Set<CaseFlag> flags(String[] circumstances) {
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        for (String c : circumstances) {
            for (CaseFlag f : CaseFlag.values()) if (f.name().equals(c)) flags.add(f);
        }
        return flags;
    }

    /** Writes the computed deadline and suspended days back to the case row. */
    public void store(long caseId) {
        Optional<TrialDeadline> deadline = of(caseId);
        jdbc.sql("UPDATE casefile.case_file SET deadline_on = ?, suspended_days = ? WHERE id = ?")
                .params(deadline.map(TrialDeadline::dueOn).orElse(null),
                        deadline.map(d -> (int) d.suspendedDays()).orElse(0), caseId)
                .update();
    }
}
