package org.quanze.disclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP SMS gateway against a real HTTP server standing in for a court's SMS platform. */
class HttpSmsGatewayTests {

    private HttpServer platform;
    private final List<String> received = new ArrayList<>();
    private volatile int answer = 200;

    @BeforeEach
    void start() throws Exception {
        platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        platform.createContext("/sms/send", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        platform.start();
    }

    @AfterEach
    void stop() {
        platform.stop(0);
    }

    private SmsGateway gateway() {
        return new SmsGateways().smsGateway("http", "http://127.0.0.1:" + platform.getAddress().getPort() + "/sms/send",
                "{\"mobile\":\"{phone}\",\"sign\":\"长春市南关区人民法院\",\"content\":\"{text}\"}", "application/json",
                "Bearer court-key", JsonMapper.builder().build());
    }

    @Test
    void theTemplateIsPostedWithPhoneAndTextFilledInAndJsonEscaped() throws Exception {
        gateway().send("13800000005", "定于 2027-01-10 09:30 在\"第三法庭\"开庭");
        assertThat(received).containsExactly("Bearer court-key {\"mobile\":\"13800000005\",\"sign\":\"长春市南关区人民法院\","
                + "\"content\":\"定于 2027-01-10 09:30 在\\\"第三法庭\\\"开庭\"}");
    }

    @Test
    void anAnswerOtherThan2xxIsNotDelivered() {
        answer = 503;
        assertThatThrownBy(() -> gateway().send("13800000005", "x")).hasMessageContaining("503");
    }

    @Test
    void thePhoneIsMaskedInTheLog() {
        assertThat(SmsGateways.masked("13800000005")).isEqualTo("138****0005");
    }
}
