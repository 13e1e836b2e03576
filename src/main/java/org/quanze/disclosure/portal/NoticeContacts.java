package org.quanze.disclosure.portal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.quanze.authority.Action;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.shared.DomainException;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parties' phones and e-mails notices go to, recorded by the filing office (立案登记的送达地址确认). */
@Service
class NoticeContacts {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;

    NoticeContacts(JdbcClient jdbc, CaseFiles cases, PowerGuard guard, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.guard = guard;
        this.events = events;
    }

    /** A recorded contact as the case page lists it: the address partly masked (a list seen over a shoulder). */
    record Contact(String partyName, String channel, String maskedAddress, boolean optedOut) {
    }

    /** The case's recorded contacts, for those with the filing power on it. */
    @Transactional(readOnly = true)
    List<Contact> ofCase(String caseNumber) {
        return jdbc.sql("SELECT party_name, channel, address, opted_out FROM portal.contact WHERE case_number = ? ORDER BY party_name, channel")
                .param(caseNumber)
                .query((rs, i) -> new Contact(rs.getString(1), rs.getString(2), mask(rs.getString(3)), rs.getBoolean(4)))
                .list();
    }

    /** 13812345678 → 138****5678; zheng7@example.com → z*****@example.com. */
    static String mask(String address) {
        int at = address.indexOf('@');
        if (at > 0) return address.charAt(0) + "*".repeat(Math.max(at - 1, 1)) + address.substring(at);
        if (address.length() < 8) return "*".repeat(address.length());
        return address.substring(0, 3) + "*".repeat(address.length() - 7) + address.substring(address.length() - 4);
    }

    @Transactional
    void record(String caseNumber, String partyName, String channel, String address) {
        CaseView c = cases.find(caseNumber).orElseThrow(() -> new DomainException(404, "case.notFound", "案件不存在"));
        guard.require(Action.FILE_CASE, CaseFiles.powerContext(c));
        if (partyName == null || partyName.isBlank()) throw PortalStaffApi.invalid("partyName", "不能为空");
        String a = address == null ? "" : address.strip();
        if ("SMS".equals(channel)) {
            if (!PHONE.matcher(a).matches()) throw PortalStaffApi.invalid("address", "手机号应为 11 位数字");
        } else if ("EMAIL".equals(channel)) {
            if (!EMAIL.matcher(a).matches()) throw PortalStaffApi.invalid("address", "电子邮箱格式不正确");
        } else {
            throw PortalStaffApi.invalid("channel", "应为 SMS 或 EMAIL");
        }
        jdbc.sql("""
                INSERT INTO portal.contact (case_number, party_name, channel, address) VALUES (?, ?, ?, ?)
                ON CONFLICT (case_number, party_name, channel) DO UPDATE SET address = EXCLUDED.address, opted_out = false""")
                .params(caseNumber, partyName.strip(), channel, a).update();
        // the trail keeps who recorded a contact for whom, not the phone or e-mail itself
        events.publishEvent(Recorded.onCase("NOTICE_CONTACT_RECORDED", caseNumber,
                Map.of("party", partyName.strip(), "channel", channel)));
    }
}
