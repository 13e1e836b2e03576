package org.quanze.disclosure.portal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.quanze.casefile.QueryCodes;
import org.quanze.shared.DomainException;
import org.quanze.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the case page's portal section ({@link PortalCaseSection}): each post goes back to the case page,
 * with the new query code shown once, or the contact form's errors next to its fields and what was typed kept.
 */
@Controller
class PortalStaffPages {

    /** Flash attributes, prefixed so the case page's own messages and errors are not mistaken for these. */
    private static final String NEW_CODE = "portalNewCode";
    private static final String DONE = "portalDone";
    private static final String ERRORS = "portalErrors";
    private static final String TYPED = "portalTyped";
    private static final String BACK = "redirect:/cases/{caseNumber}#portal-staff";

    private final QueryCodes queryCodes;
    private final NoticeContacts contacts;
    private final MessageSource messages;

    PortalStaffPages(QueryCodes queryCodes, NoticeContacts contacts, MessageSource messages) {
        this.queryCodes = queryCodes;
        this.contacts = contacts;
        this.messages = messages;
    }

    @PostMapping("/cases/{caseNumber}/query-code")
    String reissue(@PathVariable String caseNumber, RedirectAttributes redirect) {
        redirect.addFlashAttribute(NEW_CODE, queryCodes.reissue(caseNumber));
        return BACK;
    }

    @PostMapping("/cases/{caseNumber}/notice-contacts")
    String contact(@PathVariable String caseNumber, @RequestParam(required = false) String partyName,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String address,
            RedirectAttributes redirect, Locale locale) {
        try {
            contacts.record(caseNumber, partyName, channel, address);
            redirect.addFlashAttribute(DONE, messages.getMessage("portalStaff.contact.done", new Object[] {partyName == null ? "" : partyName.strip()}, locale));
        } catch (DomainException e) {
            if (e.status() != 422) throw e;
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("partyName", partyName);
            typed.put("channel", channel);
            typed.put("address", address);
            redirect.addFlashAttribute(ERRORS, FormErrors.of(new MapBindingResult(new LinkedHashMap<>(), "contact"),
                    "portalStaff.field", messages, locale).add(e));
            redirect.addFlashAttribute(TYPED, typed);
        }
        return BACK;
    }

    /** What the last post left for the section: the new code, a done message, errors and what was typed. */
    static Map<String, Object> outcome(Map<String, ?> flash) {
        Map<String, Object> out = new HashMap<>();
        for (String key : new String[] {NEW_CODE, DONE, ERRORS, TYPED}) {
            if (flash.get(key) != null) out.put(key, flash.get(key));
        }
        return out;
    }
}
