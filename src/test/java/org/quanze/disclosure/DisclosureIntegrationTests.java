package org.quanze.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/v1/disclosure/anonymise (issue 14 item 3): the answer's spans point into the input; bad input names its field. */
@QuanzeIntegrationTest
class DisclosureIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @LocalServerPort int port;

    private static byte[] json(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void anonymiseAnswersTheTextAndSpansWithOffsetsIntoTheInput() {
        String body = """
                {"text": "被害人刘建平，联系电话15891356027。被告人贺明军持刀。", "policy": "2016",
                 "parties": [{"name": "贺明军", "role": "被告人", "kind": "person"}]}""";
        Http.Response r = new Http(port).post("/api/v1/disclosure/anonymise", "application/json", json(body), "judge", PW);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"text\":\"被害人刘某。被告人贺明军持刀。\"")
                .contains("{\"start\":3,\"end\":6,\"type\":\"name\",\"replacement\":\"刘某\",\"rule\":\"Art8(2) Art9\"}")
                .contains("{\"start\":6,\"end\":22,\"type\":\"phone\",\"replacement\":\"\",\"rule\":\"Art10(1) 通讯方式\"}");

        String all = body.replace("\"2016\"", "\"all\"");
        assertThat(new Http(port).post("/api/v1/disclosure/anonymise", "application/json", json(all), "judge", PW).body())
                .contains("\"text\":\"被害人刘某。被告人贺某持刀。\"");
    }

    @Test
    void aMissingTextAnUnknownPolicyAndABadPartyKindAreRefusedNamingEachField() {
        Http.Response r = new Http(port).post("/api/v1/disclosure/anonymise", "application/json",
                json("{\"text\": \" \", \"policy\": \"2020\", \"parties\": [{\"name\": \"甲\", \"kind\": \"robot\"}]}"), "judge", PW);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.body()).contains("\"field\":\"text\"", "\"field\":\"policy\"", "\"field\":\"parties[0].kind\"");
    }

    @Test
    void anonymisingNeedsASignedInUser() {
        Http.Response r = new Http(port).post("/api/v1/disclosure/anonymise", "application/json",
                json("{\"text\": \"证人张三丰的证言\"}"), null, null);
        assertThat(r.status()).isEqualTo(401);
    }
}
