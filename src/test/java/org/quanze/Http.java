package org.quanze;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the JSON API, signing in with HTTP Basic as a real script would. */
public final class Http {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, password);
    }

    public Response post(String path, String contentType, byte[] body, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), user, password);
    }

    /** A POST carrying the version read, as {@code If-Match}. */
    public Response post(String path, String contentType, byte[] body, String user, String password, String ifMatch) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("If-Match", "\"" + ifMatch + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), user, password);
    }

    public Response put(String path, String contentType, byte[] body, String ifMatch, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)), user, password);
    }

    public Response delete(String path, String ifMatch, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).header("If-Match", ifMatch).DELETE(), user, password);
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Response send(HttpRequest.Builder request, String user, String password) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in through the login form, as a browser would; pages take no HTTP Basic. */
    public static Session signIn(int port, String user, String password) {
        return new Session("http://localhost:" + port, user, password);
    }

    /** A signed-in browser session (cookie and CSRF token of the login form), for pages; none when {@code user} is null. */
    public static final class Session {
        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        Session(String base, String user, String password) {
            this.base = base;
            if (user == null) return;
            String login = get("/login").body();
            String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            try {
                browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
                                + encode(password) + "&_csrf=" + encode(csrf))).build(), HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        public Response get(String path) {
            try {
                HttpResponse<byte[]> r = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public record Response(int status, String contentType, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
