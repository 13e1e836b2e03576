package org.quanze.disclosure.portal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.quanze.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The parties' portal as JSON (the portal pages do the same through {@link PortalPages}). */
@RestController
@RequestMapping("/api/v1/portal")
class PortalApi {

    /** The query code, or a one-time code sent to the party's phone ({@code oneTimeCode}). */
    record SignIn(String caseNumber, String queryCode, String oneTimeCode) {
    }

    record OneTimeCodeRequest(String caseNumber, String phone) {
    }

    record OptOut(String address) {
    }

    private final PartySignIn signIns;
    private final PartyCases cases;
    private final OneTimeCodes oneTimeCodes;

    PortalApi(PartySignIn signIns, PartyCases cases, OneTimeCodes oneTimeCodes) {
        this.oneTimeCodes = oneTimeCodes;
        this.signIns = signIns;
        this.cases = cases;
    }

    @Operation(summary = "当事人以案号和查询码登录（会话 Cookie）；错误 401，锁定 429")
    @PostMapping("/sessions")
    ResponseEntity<Map<String, String>> signIn(@RequestBody SignIn body, HttpServletRequest request, HttpServletResponse response) {
        String caseNumber = signIns.signIn(body.caseNumber(), body.queryCode(), body.oneTimeCode());
        PortalSecurity.signIn(caseNumber, request, response);
        return ResponseEntity.status(201).body(Map.of("caseNumber", caseNumber));
    }

    @Operation(summary = "向本案登记的当事人手机发送一次性验证码（是否登记不作答复：一律 202）")
    @PostMapping("/one-time-codes")
    ResponseEntity<Void> oneTimeCode(@RequestBody OneTimeCodeRequest body) {
        oneTimeCodes.send(body.caseNumber(), body.phone());
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "当事人退出")
    @DeleteMapping("/sessions")
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        PortalSecurity.signOut(request);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "当事人查看本人案件的流程信息")
    @GetMapping("/case")
    PartyCases.PartyCase view(Authentication party) {
        return cases.view(((PartyAuthentication) party).caseNumber());
    }

    @Operation(summary = "当事人退订本案通知（以本人的手机号或电子邮箱）")
    @PostMapping("/opt-out")
    ResponseEntity<Void> optOut(@RequestBody OptOut body, Authentication party) {
        if (!cases.optOut(((PartyAuthentication) party).caseNumber(), body.address())) {
            throw new DomainException(404, "portal.noAddress", "本案没有登记该手机号或电子邮箱");
        }
        return ResponseEntity.noContent().build();
    }
}
