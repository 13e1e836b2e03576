package org.quanze.disclosure.portal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.quanze.casefile.QueryCodes;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The filing office's side of the portal: re-issue a query code, record a party's phone or e-mail for notices. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
class PortalStaffApi {

    record ContactForm(String partyName, String channel, String address) {
    }

    private final QueryCodes queryCodes;
    private final NoticeContacts contacts;

    PortalStaffApi(QueryCodes queryCodes, NoticeContacts contacts) {
        this.queryCodes = queryCodes;
        this.contacts = contacts;
    }

    @Operation(summary = "重新发放查询码（立案庭；原查询码随即失效，本答复是唯一一次显示新码）")
    @PostMapping("/query-code")
    Map<String, String> reissue(@PathVariable String caseNumber) {
        return Map.of("caseNumber", caseNumber, "queryCode", queryCodes.reissue(caseNumber));
    }

    @Operation(summary = "登记当事人接收流程通知的手机号（SMS）或电子邮箱（EMAIL）")
    @PostMapping("/notice-contacts")
    ResponseEntity<Void> contact(@PathVariable String caseNumber, @RequestBody ContactForm form) {
        contacts.record(caseNumber, form.partyName(), form.channel(), form.address());
        return ResponseEntity.noContent().build();
    }

    static DomainException invalid(String field, String reason) {
        return new DomainException(422, "portal.contact", "通知联系方式有误", List.of(FieldError.of(field, reason)));
    }
}
