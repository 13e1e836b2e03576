package org.quanze;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A court SMS platform for the tests (issue 15): a real HTTP server the application's HTTP SMS gateway posts to; each
 * message's JSON body is kept in {@link #RECEIVED}.
 */
public class TestSmsPlatform implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final HttpServer SERVER;

    static {
        try {
            SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SERVER.createContext("/sms", exchange -> {
            RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        SERVER.start();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-sms", Map.of(
                "quanze.portal.sms.gateway", "http",
                "quanze.portal.sms.url", "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/sms",
                "quanze.portal.sms.template", "{\"mobile\":\"{phone}\",\"content\":\"{text}\"}")));
    }
}
