package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.quanze.Http;

/** The evaluation API as one signed-in person calls it: JSON in and out, the version read sent back as If-Match. */
public final class EvaluationCalls {

    private static final String BASE = "/api/v1/evaluations";
    private final Http http;
    private final String user;
    private final String password;

    public EvaluationCalls(int port, String user, String password) {
        this.http = new Http(port);
        this.user = user;
        this.password = password;
    }

    Http.Response post(String path, String json) {
        return http.post(BASE + path, "application/json", json.getBytes(StandardCharsets.UTF_8), user, password);
    }

    Http.Response post(String path, String json, int version) {
        return http.post(BASE + path, "application/json", json.getBytes(StandardCharsets.UTF_8), user, password,
                String.valueOf(version));
    }

    Http.Response put(String path, String json, int version) {
        return http.put(BASE + path, "application/json", json.getBytes(StandardCharsets.UTF_8), "\"" + version + "\"",
                user, password);
    }

    Http.Response delete(String path, int version) {
        return http.delete(BASE + path, "\"" + version + "\"", user, password);
    }

    Http.Response raw(String path) {
        return http.get(BASE + path, user, password);
    }

    DocumentContext get(String path) {
        return ok(raw(path), "GET " + path);
    }

    static DocumentContext ok(Http.Response response, String what) {
        assertThat(response.status()).as(what + " " + response.body()).isBetween(200, 201);
        return JsonPath.parse(response.body());
    }

    /** A refusal as problem+json with this status; its document. */
    static DocumentContext problem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return JsonPath.parse(response.body());
    }

    /**
     * The latest version of a kind's scheme for a year, copied from the newest 2017 one first when the year has none (a
     * year is scored only by its own scheme). The caller must be the high court's 审管办. Idempotent: test classes
     * share one database.
     */
    public synchronized long schemeForYear(String kind, int year) {
        List<Number> own = get("/schemes").read("$[?(@.kind == '" + kind + "' && @.year == " + year + " && @.latest == true)].id");
        if (!own.isEmpty()) return own.get(0).longValue();
        List<Number> base = get("/schemes").read("$[?(@.kind == '" + kind + "' && @.year == 2017 && @.latest == true)].id");
        long from = base.get(0).longValue();
        int version = get("/schemes/" + from).read("$.version");
        return id(ok(post("/schemes/" + from + "/copies", "{\"year\":" + year + "}", version), "copy " + kind + " to " + year)
                .read("$.id"));
    }

    /** Computes a run; its id and version. */
    DocumentContext compute(String court, int year, String kind) {
        return ok(post("/runs", "{\"court\":\"" + court + "\",\"year\":" + year + ",\"kind\":\"" + kind + "\"}"), "compute");
    }

    DocumentContext compute(String court, int year, String kind, long schemeId) {
        return ok(post("/runs", "{\"court\":\"" + court + "\",\"year\":" + year + ",\"kind\":\"" + kind
                + "\",\"schemeId\":" + schemeId + "}"), "compute");
    }

    /** The run's results by subject key. */
    Map<String, Map<String, Object>> results(long runId) {
        List<Map<String, Object>> rows = get("/runs/" + runId + "/results").read("$");
        Map<String, Map<String, Object>> byKey = new java.util.LinkedHashMap<>();
        for (Map<String, Object> row : rows) byKey.put((String) row.get("key"), row);
        return byKey;
    }

    /** A result's explanation: items by code. */
    Map<String, Map<String, Object>> items(long resultId) {
        List<Map<String, Object>> items = get("/results/" + resultId).read("$.items");
        Map<String, Map<String, Object>> byCode = new java.util.LinkedHashMap<>();
        for (Map<String, Object> item : items) byCode.put((String) item.get("code"), item);
        return byCode;
    }

    /** Enters a score as the result's current version. */
    DocumentContext enter(long resultId, String item, String value) {
        int version = get("/results/" + resultId).read("$.result.version");
        return ok(post("/results/" + resultId + "/inputs", "{\"item\":\"" + item + "\",\"value\":" + value + "}", version),
                "enter " + item);
    }

    /** The case numbers behind one item: counted, then base. */
    List<List<String>> cases(long resultId, String item) {
        DocumentContext cases = get("/results/" + resultId + "/items/" + item + "/cases");
        return List.of(cases.read("$.cases"), cases.read("$.baseCases"));
    }

    static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }

    static long id(Object number) {
        return ((Number) number).longValue();
    }
}
