package org.quanze;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) on a free port for the test application's e-mail notices (issue 15): the
 * application sends through Spring Boot mail as it would to a court's mail server.
 */
public class TestSmtpServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final GreenMail SMTP;

    static {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SMTP = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        SMTP.start();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-smtp", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(SMTP.getSmtp().getPort()),
                // the tests deliver the outbox themselves, batch by batch
                "quanze.portal.notices.scheduled", "false")));
    }
}
