package org.quanze.disclosure.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/**
 * Chooses the SMS gateway: {@code quanze.portal.sms.gateway=http} posts each message to
 * {@code quanze.portal.sms.url}, the body being {@code quanze.portal.sms.template} with {@code {phone}} and
 * {@code {text}} replaced (JSON-escaped) and {@code quanze.portal.sms.authorization} as Authorization header if set;
 * any 2xx answer counts as accepted. Otherwise ({@code log}, the default) each message is written to the log.
 */
@Configuration(proxyBeanMethods = false)
class SmsGateways {

    private static final Logger log = LoggerFactory.getLogger(SmsGateways.class);

    @Bean
    SmsGateway smsGateway(@Value("${quanze.portal.sms.gateway:log}") String kind,
            @Value("${quanze.portal.sms.url:}") String url,
            @Value("${quanze.portal.sms.template:{\"mobile\":\"{phone}\",\"content\":\"{text}\"}}") String template,
            @Value("${quanze.portal.sms.content-type:application/json}") String contentType,
            @Value("${quanze.portal.sms.authorization:}") String authorization, ObjectMapper json) {
        if (!"http".equals(kind)) {
            return (phone, text) -> log.info("SMS (log gateway) to {}: {}", masked(phone), text);
        }
        if (url.isBlank()) throw new IllegalStateException("quanze.portal.sms.gateway=http needs quanze.portal.sms.url");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return (phone, text) -> {
            String body = template.replace("{phone}", escaped(json, phone)).replace("{text}", escaped(json, text));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
            if (!authorization.isBlank()) request.header("Authorization", authorization);
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("SMS gateway answered " + answer.statusCode());
            }
        };
    }

    /** The value as it stands inside a JSON string (without the quotes). */
    private static String escaped(ObjectMapper json, String value) {
        String quoted = json.writeValueAsString(value);
        return quoted.substring(1, quoted.length() - 1);
    }

    static String masked(String phone) {
        return phone.length() < 7 ? "***" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
