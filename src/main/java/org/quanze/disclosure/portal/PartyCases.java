package org.quanze.disclosure.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.shared.DomainException;
import org.quanze.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a party sees of their one case: the court, the status, the judges and the clerk (names of judges and court
 * staff are public), and the disclosed steps. No party's personal data, no internal record. Each view is counted.
 */
@Service
class PartyCases {

    /** The party's view; {@code events} oldest first, their text in Chinese. */
    record PartyCase(String caseNumber, String court, String status, String statusText, String judge,
            List<Judge> judges, Clerk clerk, List<Step> events) {
    }

    record Judge(String name, String role) {
    }

    /** 书记员, with the office telephone where one is recorded (quanze records none yet: null). */
    record Clerk(String name, String officePhone) {
    }

    record Step(LocalDate on, String kind, String text) {
    }

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    PartyCases(JdbcClient jdbc, CaseFiles cases, Organization organization, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    PartyCase view(String caseNumber) {
        CaseView c = cases.find(caseNumber).orElseThrow(() -> new DomainException(404, "portal.noCase", "案件不存在"));
        LocalDate today = LocalDate.now(clock);
        List<Judge> judges = c.trialOrganisation().stream()
                .map(m -> new Judge(m.name(), messages.getMessage("case.member." + m.role(), null, m.role(), Locale.CHINA)))
                .toList();
        String judge = c.trialOrganisation().stream().filter(m -> "HANDLING".equals(m.role())).map(CaseView.TrialMember::name)
                .findFirst().orElse(null);
        Clerk clerk = null;
        if (c.handlerId() != null) {
            clerk = organization.staff(organization.teamMatesOf(c.handlerId()), today).values().stream()
                    .filter(s -> s.role() == Role.CLERK).sorted(java.util.Comparator.comparing(StaffView::name)).findFirst()
                    .map(s -> new Clerk(s.name(), s.officePhone())).orElse(null);
        }
        List<Step> steps = jdbc.sql("SELECT occurred_on, kind, text FROM portal.case_event WHERE case_number = ? ORDER BY id")
                .param(caseNumber).query((rs, i) -> new Step(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)))
                .list();
        jdbc.sql("INSERT INTO portal.case_query (case_number, court_id, queried_at) VALUES (?, ?, ?)")
                .params(caseNumber, c.courtId(), Timestamp.from(clock.instant())).update();
        return new PartyCase(c.caseNumber(), c.court(), c.status(),
                messages.getMessage("case.status." + c.status(), null, c.status(), Locale.CHINA), judge, judges, clerk, steps);
    }

    /**
     * 退订 — the party with this phone or e-mail receives no more notices of this case (other parties still do); a
     * party knows their own address, not the others'. False when the case has no such address.
     */
    @Transactional
    boolean optOut(String caseNumber, String address) {
        return address != null && jdbc.sql("UPDATE portal.contact SET opted_out = true WHERE case_number = ? AND address = ?")
                .params(caseNumber, address.strip()).update() > 0;
    }
}
