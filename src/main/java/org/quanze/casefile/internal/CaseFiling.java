package org.quanze.casefile.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quanze.authority.Action;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseView;
import org.quanze.casefile.domain.CaseCategory;
import org.quanze.casefile.domain.CaseFlag;
import org.quanze.casefile.domain.CaseNumber;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.PartyRequirement;
import org.quanze.casefile.domain.ResidentId;
import org.quanze.casefile.domain.cause.Cause;
import org.quanze.casefile.domain.cause.CauseCatalogue;
import org.quanze.casefile.domain.diversion.Circumstance;
import org.quanze.casefile.domain.Case;
import org.quanze.casefile.domain.CaseFlag;
import org.quanze.organization.CourtView;
import org.quanze.organization.DepartmentView;
import org.quanze.organization.Organization;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Recorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 立案 — files a case: checks the form, takes the next case number of the court, type and year, stores the parties
 * (a resident ID only masked and as a keyed digest) and computes the first deadline.
 */
@Service
public class CaseFiling {

    private final CaseStore store;
    private final Organization organization;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CauseCatalogue causes = CauseCatalogue.loadDefault();
    private final String pepper;
    private final org.quanze.casefile.QueryCodes queryCodes;

    CaseFiling(CaseStore store, Organization organization, PowerGuard guard, ApplicationEventPublisher events,
            Clock clock, @Value("${quanze.privacy.id-pepper:quanze-resident-id}") String pepper,
            org.quanze.casefile.QueryCodes queryCodes) {
        this.queryCodes = queryCodes;
        this.store = store;
        this.organization = organization;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
        this.pepper = pepper;
    }

    /** 当事人 as entered: kind NATURAL / LEGAL / OTHER, litigation role, name, and for a natural person the ID number. */
    public record PartyForm(String kind, String role, String name, String idNumber) {
    }

    /** The filing form; {@code flags} are case flags and diversion circumstances by name (e.g. FOREIGN_RELATED). */
    public record FilingForm(String courtCode, String caseType, String causeCode, BigDecimal claimAmount,
            String claimText, LocalDate filedOn, String department, Set<String> flags, List<PartyForm> parties) {
    }

    /** Longest party name or cause accepted (a registered company name stays well within it). */
    public static final int MAX_NAME = 100;
    /** Longest statement of claims (诉讼请求) accepted on the filing form. */
    public static final int MAX_CLAIM_TEXT = 2000;

    public CauseCatalogue causes() {
        return causes;
    }

    @Transactional
    public CaseView file(FilingForm form) {
        List<FieldError> errors = new ArrayList<>();
        CourtView court = form.courtCode() == null ? null : organization.court(form.courtCode()).orElse(null);
        if (court == null) errors.add(FieldError.of("courtCode", "法院代字「" + form.courtCode() + "」不存在"));
        CaseType type = null;
        try {
            type = CaseType.fromCode(form.caseType() == null ? "" : form.caseType().trim());
        } catch (DomainException e) {
            errors.add(FieldError.of("caseType", "案件类型代字「" + form.caseType() + "」不可识别"));
        }
        Cause cause = null;
        if (form.causeCode() == null || form.causeCode().isBlank()) {
            errors.add(FieldError.of("causeCode", "不能为空"));
        } else if (form.causeCode().length() > MAX_NAME) {
            errors.add(FieldError.of("causeCode", "不能超过 " + MAX_NAME + " 个字"));
        } else {
            cause = causes.findByCode(form.causeCode().trim())
                    .or(() -> causes.findByName(form.causeCode().trim()).stream().findFirst()).orElse(null);
            if (cause == null) errors.add(FieldError.of("causeCode", "案由「" + form.causeCode() + "」不在案由目录中"));
        }
        if (form.claimText() != null && form.claimText().length() > MAX_CLAIM_TEXT) {
            errors.add(FieldError.of("claimText", "不能超过 " + MAX_CLAIM_TEXT + " 个字，现为 " + form.claimText().length() + " 个字"));
        }
        if (form.claimAmount() != null && form.claimAmount().signum() < 0) {
            errors.add(FieldError.of("claimAmount", "诉讼标的额不能为负数"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate filedOn = form.filedOn() == null ? today : form.filedOn();
        if (filedOn.isAfter(today)) errors.add(FieldError.of("filedOn", "立案日期不能晚于今天"));
        Set<String> flags = new TreeSet<>();
        for (String flag : form.flags() == null ? Set.<String>of() : form.flags()) {
            if (known(flag)) flags.add(flag);
            else errors.add(FieldError.of("flags", "情形「" + flag + "」不可识别"));
        }
        List<Object[]> parties = new ArrayList<>();
        List<PartyForm> partyForms = form.parties() == null ? List.of() : form.parties();
        for (int i = 0; i < partyForms.size(); i++) {
            PartyForm p = partyForms.get(i);
            String field = "parties[" + i + "]";
            boolean idGiven = p != null && p.idNumber() != null && !p.idNumber().isBlank();
            if (p == null || p.name() == null || p.name().isBlank()) {
                // a row left empty is no party; a row with an ID number but no name is a mistake
                if (idGiven) errors.add(FieldError.of(field + ".name", "不能为空"));
                continue;
            }
            if (p.name().trim().length() > MAX_NAME) {
                errors.add(FieldError.of(field + ".name", "不能超过 " + MAX_NAME + " 个字，现为 " + p.name().trim().length() + " 个字"));
            }
            String kind = p.kind() == null || p.kind().isBlank() ? "NATURAL" : p.kind().trim();
            if (!Set.of("NATURAL", "LEGAL", "OTHER").contains(kind)) errors.add(FieldError.of(field + ".kind", "当事人类别应为自然人、法人或非法人组织"));
            if (p.role() == null || p.role().isBlank()) errors.add(FieldError.of(field + ".role", "请填写诉讼地位（原告、被告、上诉人……）"));
            String masked = null, digest = null;
            if (p.idNumber() != null && !p.idNumber().isBlank()) {
                try {
                    ResidentId id = ResidentId.parse(p.idNumber().trim());
                    masked = id.masked();
                    digest = digest(id.value());
                } catch (DomainException e) {
                    errors.add(FieldError.of(field + ".idNumber", e.getMessage()));
                }
            }
            parties.add(new Object[] {kind, p.role() == null ? "" : p.role().trim(), p.name().trim(), masked, digest});
        }
        if (type != null) {
            PartyRequirement required = PartyRequirement.of(type);
            required.missing(parties.stream().map(p -> (String) p[1]).toList())
                    .ifPresent(missing -> errors.add(FieldError.of("parties", missing + "（" + required.basis() + "）")));
        }
        if (!errors.isEmpty()) throw new DomainException(422, "case.invalid", "立案信息有 " + errors.size() + " 处错误", errors, errors.size());

        guard.require(Action.FILE_CASE, PowerContext.court(court.id()));
        DepartmentView department = department(court, type, form.department());
        int year = filedOn.getYear();
        int seq = store.nextSequence(court.code(), type.code(), year);
        CaseNumber number = CaseNumber.of(year, court.code(), type, seq);
        var procedure = type.defaultProcedure();
        // 高级法院审理 (行政诉讼法 第81条、第88条) follows from the filing court, never from what was typed
        flags.remove(CaseFlag.TRIED_BY_HIGH_COURT.name());
        if (Case.flagsAt(court.level(), type, Set.of()).contains(CaseFlag.TRIED_BY_HIGH_COURT)) flags.add(CaseFlag.TRIED_BY_HIGH_COURT.name());
        LocalDate deadline = Deadlines.initial(type, procedure, Deadlines.flags(flags.toArray(String[]::new)), filedOn);
        long id = store.jdbc().sql("""
                INSERT INTO casefile.case_file (case_number, year, seq, court_id, court_code, department_id, case_type,
                    category, procedure, status, cause_code, cause_name, claim_amount, claim_text, circumstances, filed_on,
                    deadline_base, deadline_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'FILED', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(number.toString(), year, seq, court.id(), court.code(), department == null ? null : department.id(),
                        type.code(), type.category().name(), procedure.name(), cause == null ? null : cause.code(),
                        cause == null ? null : cause.name(), form.claimAmount(), form.claimText() == null ? "" : form.claimText(),
                        flags.toArray(String[]::new), filedOn, filedOn, deadline)
                .query(Long.class).single();
        for (Object[] p : parties) {
            store.jdbc().sql("INSERT INTO casefile.party (case_id, kind, role, name, id_masked, id_digest) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, p[0], p[1], p[2], p[3], p[4]).update();
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("caseType", type.code());
        changes.put("cause", cause == null ? "" : cause.name());
        changes.put("claimAmount", form.claimAmount() == null ? "" : form.claimAmount().toPlainString());
        changes.put("filedOn", filedOn.toString());
        changes.put("department", department == null ? "" : department.name());
        changes.put("deadline", deadline == null ? "无法定审限" : deadline.toString());
        changes.put("parties", parties.size());
        events.publishEvent(Recorded.onCase("CASE_FILED", number.toString(), changes));
        return store.find(id).orElseThrow();
    }

    /** A case just filed and its query code (查询码, issue 15), shown once. */
    public record Filed(CaseView filed, String queryCode) {
    }

    /** Files the case and issues its query code in the same transaction (issue 15). */
    @Transactional
    public Filed fileWithQueryCode(FilingForm form) {
        CaseView c = file(form);
        return new Filed(c, queryCodes.issueAtFiling(c.caseNumber()));
    }

    /** The competent division: the one named, else the court's first division of the case's kind. */
    private DepartmentView department(CourtView court, CaseType type, String named) {
        List<DepartmentView> departments = organization.departments(court.id());
        if (named != null && !named.isBlank()) {
            return departments.stream().filter(d -> d.name().equals(named.trim())).findFirst().orElseThrow(() ->
                    new DomainException(422, "case.invalid", "本院没有部门「" + named + "」",
                            List.of(FieldError.of("department", "本院没有部门「" + named + "」"))));
        }
        DepartmentKind kind = switch (type.category()) {
            case CRIMINAL -> DepartmentKind.CRIMINAL;
            case ADMINISTRATIVE, STATE_COMPENSATION -> DepartmentKind.ADMINISTRATIVE;
            case ENFORCEMENT -> DepartmentKind.ENFORCEMENT;
            default -> DepartmentKind.CIVIL;
        };
        return departments.stream().filter(d -> d.kind() == kind).findFirst().orElse(null);
    }

    private static boolean known(String flag) {
        for (CaseFlag f : CaseFlag.values()) if (f.name().equals(flag)) return true;
        for (Circumstance c : Circumstance.values()) if (c.name().equals(flag)) return true;
        return false;
    }

    /** Keyed digest of an ID number: finds the same person again without keeping the number. */
    private String digest(String id) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((pepper + ":" + id).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static CaseCategory category(CaseView c) {
        return CaseCategory.valueOf(c.category());
    }
}
