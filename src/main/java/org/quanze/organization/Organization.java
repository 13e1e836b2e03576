package org.quanze.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quanze.authority.DataScope;
import org.quanze.organization.internal.OrganizationImports;
import org.quanze.organization.internal.OrganizationStore;
import org.springframework.stereotype.Service;

/** What other modules may ask of the organisation: courts, staff, quota headcounts, and system-level loading. */
@Service
public class Organization {

    private final OrganizationStore store;
    private final OrganizationImports imports;
    private final org.springframework.context.ApplicationEventPublisher events;

    Organization(OrganizationStore store, OrganizationImports imports, org.springframework.context.ApplicationEventPublisher events) {
        this.store = store;
        this.imports = imports;
        this.events = events;
    }

    /**
     * 退出员额 — ends the staff member's quota term covering {@code lastDay} on that day (a decision of the court, e.g.
     * after a disciplinary finding); the trail records it. False when no term covers the day.
     */
    @org.springframework.transaction.annotation.Transactional
    public boolean endQuotaTerm(long staffId, LocalDate lastDay, String reason) {
        int ended = store.endQuotaTerm(staffId, lastDay);
        if (ended == 0) return false;
        String staffNo = store.staff(staffId, lastDay).map(StaffView::staffNo).orElse(String.valueOf(staffId));
        events.publishEvent(org.quanze.shared.Recorded.of("QUOTA_TERM_ENDED", "STAFF", staffNo,
                Map.of("lastDay", lastDay.toString(), "reason", reason)));
        return true;
    }

    public List<CourtView> courts() { return store.courts(); }

    public Optional<CourtView> court(String code) { return store.court(code); }

    public Optional<CourtView> court(long id) { return store.court(id); }

    /** The court and all courts below it. */
    public Set<Long> courtAndBelow(long courtId) { return store.subtree(courtId); }

    public Optional<StaffView> staff(String staffNo, LocalDate on) { return store.staff(staffNo, on); }

    public Optional<StaffView> staff(long id, LocalDate on) { return store.staff(id, on); }

    /** Many staff by id in one query; ids that name no one are absent from the map. */
    public Map<Long, StaffView> staff(java.util.Collection<Long> ids, LocalDate on) { return store.staff(ids, on); }

    /** 员额法官 in post on a date, per court. */
    public Map<Long, Long> quotaHeadcount(Set<Long> courtIds, LocalDate on) { return store.quotaHeadcount(courtIds, on); }

    /** Everyone who held a quota term at some time in the period. */
    public long quotaHeadcountDuring(Set<Long> courtIds, LocalDate from, LocalDate to) {
        return store.quotaHeadcountDuring(courtIds, from, to);
    }

    /** Loads a courts file as the system (start-up, demo); people go through the power-checked import endpoints. */
    public ImportResult loadCourts(byte[] csv, String name) { return imports.importCourts(csv, name, DataScope.ALL); }

    /** Loads a staff file as the system (start-up, demo). */
    public ImportResult loadStaff(byte[] csv, String name) { return imports.importStaff(csv, name, DataScope.ALL); }

    public boolean empty() { return store.courts().isEmpty(); }

    public List<DepartmentView> departments(long courtId) { return store.departmentViews(courtId); }

    /** The departments (庭室) of some courts, in one query. */
    public List<DepartmentView> departments(Set<Long> courtIds) { return store.departmentViews(courtIds); }

    /** 员额法官 in post on a day, per department of some courts. */
    public Map<Long, Long> quotaHeadcountByDepartment(Set<Long> courtIds, LocalDate on) {
        return store.quotaHeadcountByDepartment(courtIds, on);
    }

    /** 员额法官 of a department who hold a quota term on the date: the candidates of random assignment. */
    public List<StaffView> quotaJudgesOf(long departmentId, LocalDate on) { return store.quotaJudgesOf(departmentId, on); }

    /** Members of the trial teams (审判团队) the staff member belongs to, the member included; empty without a team. */
    public Set<Long> teamMatesOf(long staffId) { return store.teamMates(staffId); }

    /** Every staff member's department (staff id → department id), for bulk imports. */
    public Map<Long, Long> departmentsOfStaff() { return store.departmentsOfStaff(); }

    /** Every staff number with its staff id, for bulk imports that resolve many numbers at once. */
    public Map<String, Long> staffIdsByNumber() { return store.staffIdsByNumber(); }

    /** Staff ids of some courts holding any of some posts (e.g. the 院庭长 of a province). */
    public Set<Long> holdersOf(Set<Long> courtIds, Set<org.quanze.shared.Post> posts) { return store.holders(courtIds, posts); }

    /** The trial teams (审判团队) of some courts, with their members. */
    public List<TeamView> teams(Set<Long> courtIds) { return store.teamViews(courtIds); }

    /** Staff of one court (not its lower courts), ordered by staff number. */
    public List<StaffView> staffOf(String courtCode, LocalDate on) {
        return store.court(courtCode).map(c -> store.staffOf(Set.of(c.id()), "", on, 100_000, 0)).orElse(List.of());
    }

    /**
     * Staff of one court whose name or staff number contains {@code text}, optionally of one role, at most
     * {@code limit} (the pickers of the case page).
     */
    public List<StaffView> search(long courtId, String text, org.quanze.shared.Role role, LocalDate on, int limit) {
        return store.staffOf(Set.of(courtId), text == null ? "" : text.trim(), on, role == null ? 100_000 : 5_000, 0).stream()
                .filter(s -> role == null || s.role() == role).limit(limit).toList();
    }

    /**
     * The person a picker names within a court: by staff number, or else by a name borne by exactly one person of
     * that court (a name typed instead of choosing a suggestion).
     */
    public Optional<StaffView> staffInCourt(String typed, long courtId, LocalDate on) {
        if (typed == null || typed.isBlank()) return Optional.empty();
        Optional<StaffView> byNumber = store.staff(typed.trim(), on);
        if (byNumber.isPresent()) return byNumber;
        List<StaffView> named = store.staffOf(Set.of(courtId), typed.trim(), on, 100, 0).stream()
                .filter(s -> s.name().equals(typed.trim())).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
