package org.quanze.disclosure.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.quanze.authority.Action;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CasePageSection;
import org.quanze.casefile.CaseView;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The case page's portal section for the filing office (立案庭): re-issue the query code (查询码) and record the
 * parties' phones and e-mails for notices — what {@link PortalStaffApi} does, for people. Shown only to those with
 * the filing power on the case. The outcome of a post ({@link PortalStaffPages}) comes back as flash attributes of
 * the redirect, read here because a section has no model of its own.
 */
@Component
class PortalCaseSection implements CasePageSection {

    private final PowerGuard guard;
    private final CurrentActor current;
    private final NoticeContacts contacts;

    PortalCaseSection(PowerGuard guard, CurrentActor current, NoticeContacts contacts) {
        this.guard = guard;
        this.current = current;
        this.contacts = contacts;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "portal/case-section";
    }

    @Override
    public Optional<Map<String, Object>> data(CaseView c) {
        var me = current.find();
        if (me.isEmpty() || !guard.allows(me.get(), Action.FILE_CASE, CaseFiles.powerContext(c))) return Optional.empty();
        Map<String, Object> data = new HashMap<>();
        data.put("caseNumber", c.caseNumber());
        data.put("contacts", contacts.ofCase(c.caseNumber()));
        data.putAll(PortalStaffPages.outcome(flash()));
        return Optional.of(data);
    }

    private static Map<String, ?> flash() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) return Map.of();
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request.getRequest());
        return flash == null ? Map.of() : flash;
    }
}
