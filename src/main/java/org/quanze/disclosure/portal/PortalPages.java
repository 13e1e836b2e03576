package org.quanze.disclosure.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.quanze.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's pages: sign in with case number and query code, then the case's steps. */
@Controller
class PortalPages {

    private final PartySignIn signIns;
    private final PartyCases cases;
    private final MessageSource messages;
    private final OneTimeCodes oneTimeCodes;

    PortalPages(PartySignIn signIns, PartyCases cases, MessageSource messages, OneTimeCodes oneTimeCodes) {
        this.oneTimeCodes = oneTimeCodes;
        this.signIns = signIns;
        this.cases = cases;
        this.messages = messages;
    }

    @GetMapping("/portal")
    String signInPage() {
        return "portal/sign-in";
    }

    @PostMapping("/portal/sign-in")
    String signIn(@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String queryCode,
            @RequestParam(defaultValue = "") String oneTimeCode,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        try {
            PortalSecurity.signIn(signIns.signIn(caseNumber, queryCode, oneTimeCode), request, response);
            return "redirect:/portal/case";
        } catch (DomainException e) {
            response.setStatus(e.status());
            model.addAttribute("caseNumber", caseNumber);
            model.addAttribute("error", messages.getMessage(e.status() == 429 ? "portal.signIn.locked" : "portal.signIn.wrong", null, locale));
            return "portal/sign-in";
        }
    }

    /** 发送验证码: answered alike whether or not the phone is recorded for the case. */
    @PostMapping("/portal/one-time-code")
    String oneTimeCode(@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String phone,
            Model model, Locale locale) {
        oneTimeCodes.send(caseNumber, phone);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("sent", messages.getMessage("portal.oneTimeCode.sent", null, locale));
        return "portal/sign-in";
    }

    @GetMapping("/portal/case")
    String casePage(Authentication party, Model model) {
        model.addAttribute("c", cases.view(((PartyAuthentication) party).caseNumber()));
        return "portal/case";
    }

    @PostMapping("/portal/opt-out")
    String optOut(@RequestParam(defaultValue = "") String address, Authentication party, Model model, Locale locale) {
        boolean done = cases.optOut(((PartyAuthentication) party).caseNumber(), address);
        model.addAttribute("optOut", messages.getMessage(done ? "portal.optOut.done" : "portal.optOut.unknown", null, locale));
        return casePage(party, model);
    }

    @PostMapping("/portal/sign-out")
    String signOut(HttpServletRequest request) {
        PortalSecurity.signOut(request);
        return "redirect:/portal";
    }
}
