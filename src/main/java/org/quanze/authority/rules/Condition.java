package org.quanze.authority.rules;

import java.util.Objects;
import org.quanze.authority.Actor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;

/**
 * The conditions a power-list entry may carry. Each is a named rule a judge or an auditor can read; the list of
 * entries using them is data (table {@code authority.power_rule}).
 */
public enum Condition {

    /** 无附加条件. */
    ALWAYS("无附加条件", true) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) { return true; }

        @Override
        public DataScope scope(Actor actor) { return DataScope.ALL; }
    },

    /** 员额内 — holds a quota term today (法官法 第25条, 员额制改革). */
    IN_QUOTA("本人在员额内", true) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) { return actor.inQuota(); }
    },

    /** 员额外 — 未入额人员不得独立办案、签发文书 (法发〔2015〕13号). */
    OUTSIDE_QUOTA("本人不在员额内", true) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) { return !actor.inQuota(); }
    },

    /** 暂停履行职务 — a judge suspended from duty while under investigation, or 停职 decided (法官法 第47条). */
    SUSPENDED_FROM_DUTY("本人被暂停履行职务或停职", true) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) { return actor.suspendedFromDuty(); }
    },

    /** 审理者 — a member of the case's trial organisation (独任法官 or 合议庭成员). */
    ON_TRIAL_ORGANISATION("本人是该案审判组织成员", false) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) {
            return actor.staffId() != null && ctx.trialOrganisation().contains(actor.staffId());
        }
    },

    /** 未参加审理 — 院庭长对其未直接参加审理案件的裁判文书不再审核签发 (法发〔2015〕13号). */
    NOT_ON_TRIAL_ORGANISATION_AND_NOT_COMMITTEE_DECIDED("本人未参加该案审理，且该案不是审判委员会讨论决定的", false) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) {
            return !ON_TRIAL_ORGANISATION.holds(actor, ctx) && !ctx.committeeDecided();
        }
    },

    /** 未参加审理 — 院庭长不得直接改变合议庭意见 (法发〔2015〕13号 第24条). */
    NOT_ON_TRIAL_ORGANISATION("本人未参加该案审理", false) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) { return !ON_TRIAL_ORGANISATION.holds(actor, ctx); }
    },

    /** 审判委员会讨论决定的案件 (人民法院组织法 第39条). */
    COMMITTEE_DECIDED("该案由审判委员会讨论决定", false) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) { return ctx.committeeDecided(); }
    },

    /** Data scope of a judge and the team's auxiliary staff: 本人及所在审判团队承办的案件. */
    OWN_OR_TEAM_CASE("本人或本团队承办的案件", false) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) {
            return ctx.handlerStaffId() != null
                    && (Objects.equals(ctx.handlerStaffId(), actor.staffId())
                        || actor.teamMateIds().contains(ctx.handlerStaffId())
                        || ON_TRIAL_ORGANISATION.holds(actor, ctx));
        }

        @Override
        public DataScope scope(Actor actor) {
            var staff = new java.util.HashSet<>(actor.teamMateIds());
            if (actor.staffId() != null) staff.add(actor.staffId());
            return new DataScope(false, java.util.Set.of(), java.util.Set.of(), staff);
        }
    },

    /** Data scope of a division chief: 本庭案件. */
    OWN_DIVISION("本部门的案件或事项", false) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) {
            return actor.departmentId() != null && Objects.equals(ctx.departmentId(), actor.departmentId());
        }

        @Override
        public DataScope scope(Actor actor) {
            return actor.departmentId() == null ? DataScope.NOTHING
                    : new DataScope(false, java.util.Set.of(), java.util.Set.of(actor.departmentId()), java.util.Set.of());
        }
    },

    /** Data scope of a president: 本院. */
    OWN_COURT("本院的案件或事项", false) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) {
            return actor.courtId() != null && Objects.equals(ctx.courtId(), actor.courtId());
        }

        @Override
        public DataScope scope(Actor actor) {
            return actor.courtId() == null ? DataScope.NOTHING : DataScope.court(actor.courtId());
        }
    },

    /** 上级法院对下级法院的监督指导 — an upper court sees the figures of the courts below it. */
    OWN_COURT_OR_LOWER("本院及下级法院", false) {
        @Override
        public boolean holds(Actor actor, PowerContext ctx) {
            return ctx.courtId() != null && actor.courtSubtreeIds().contains(ctx.courtId());
        }

        @Override
        public DataScope scope(Actor actor) {
            return new DataScope(false, actor.courtSubtreeIds(), java.util.Set.of(), java.util.Set.of());
        }
    };

    private final String label;
    private final boolean personal;

    Condition(String label, boolean personal) {
        this.label = label;
        this.personal = personal;
    }

    public String label() { return label; }

    /** Depends on the person alone, not on the object acted upon, so it can be judged before any object is known. */
    public boolean personal() { return personal; }

    /** Whether the condition holds for this person and this object. */
    public abstract boolean holds(Actor actor, PowerContext ctx);

    /** The records a grant with this condition opens to queries; conditions that are not about data open none. */
    public DataScope scope(Actor actor) { return DataScope.NOTHING; }
}
