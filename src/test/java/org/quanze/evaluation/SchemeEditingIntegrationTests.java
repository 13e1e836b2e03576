package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.evaluation.EvaluationCalls.id;
import static org.quanze.evaluation.EvaluationCalls.ok;
import static org.quanze.evaluation.EvaluationCalls.problem;

import com.jayway.jsonpath.DocumentContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The high court's 审管办 edits 考核方案 through the API: each edit a new version, a stale one refused (409), bad values
 * refused naming the field (422), every change on the trail; a year whose evaluation is locked keeps its rules. Only
 * this test class edits the assistant and department schemes (the assistant one as a copy four years on, so no other
 * test's run ever uses it).
 */
@QuanzeIntegrationTest
class SchemeEditingIntegrationTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private EvaluationCalls tmo;

    @BeforeEach
    void offices() {
        TestProvince.ensure(port, jdbc, accounts);
        tmo = new EvaluationCalls(port, "tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
    }

    private long latest(EvaluationCalls calls, String kind, int year) {
        List<Number> ids = calls.get("/schemes").read("$[?(@.kind == '" + kind + "' && @.year == " + year + " && @.latest == true)].id");
        assertThat(ids).hasSize(1);
        return ids.get(0).longValue();
    }

    private static String threshold(String code, String otherwiseShare) {
        return """
                {"code":"%s","name":"业务培训参训率（录入）","measure":"INPUT","points":"2","ruleType":"THRESHOLD",
                 "rule":{"atLeast":true,"threshold":0.9,"otherwiseShare":%s}}""".formatted(code, otherwiseShare);
    }

    private List<Map<String, Object>> trail(String target) {
        return jdbc.queryForList("SELECT action, actor, changes FROM trail.event WHERE target_type = 'EVALUATION_SCHEME' "
                + "AND target_id = ? ORDER BY seq", target);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOfficeCopiesASchemeAsANewYearsAndEditsItVersionByVersion() {
        int year = LocalDate.now(clock).getYear() + 4;
        long source = latest(tmo, "ASSISTANT", 2017);
        int sourceVersion = tmo.get("/schemes/" + source).read("$.version");
        assertThat(tmo.raw("/schemes/" + source).status()).isEqualTo(200);

        DocumentContext copy = ok(tmo.post("/schemes/" + source + "/copies", "{\"year\":" + year + "}", sourceVersion), "copy");
        long v1 = id(copy.read("$.id"));
        int v1Version = copy.read("$.version");
        assertThat((Integer) copy.read("$.year")).isEqualTo(year);
        assertThat(v1Version).isEqualTo(1);
        assertThat((List<String>) copy.read("$.items[*].code")).containsExactly("ASSIST_WORKLOAD", "QUALITY_EFFICIENCY", "SUBJECTIVE");
        problem(tmo.post("/schemes/" + source + "/copies", "{\"year\":" + year + "}", sourceVersion), 409);

        // an item with a threshold rule: a new version, with its own id; the points now exceed the base, which is shown
        DocumentContext v2 = ok(tmo.post("/schemes/" + v1 + "/items", threshold("TRAINING", "0"), v1Version), "add");
        long v2Id = id(v2.read("$.id"));
        int v2Version = v2.read("$.version");
        assertThat(v2Id).isNotEqualTo(v1);
        assertThat((Integer) v2.read("$.version")).isEqualTo(2);
        Map<String, Object> training = ((List<Map<String, Object>>) v2.read("$.items[?(@.code == 'TRAINING')]")).get(0);
        assertThat(training).containsEntry("ruleType", "THRESHOLD").containsEntry("measure", "INPUT");
        assertThat((Map<String, Object>) training.get("rule")).containsEntry("atLeast", true);
        assertThat((String) training.get("ruleText")).contains("≥0.9");
        assertThat((String) v2.read("$.imbalance")).isEqualTo("各项目满分合计 82 分，与基础分 80 分不一致");

        // an edit made on version 1, which someone else has since made version 2, is refused and names both
        DocumentContext stale = problem(tmo.post("/schemes/" + v1 + "/items", threshold("READING", "0"), v1Version), 409);
        assertThat((String) stale.read("$.type")).endsWith("evaluation.stale-scheme");
        assertThat((String) stale.read("$.detail")).contains("法官助理考核方案（" + year + "年度）").contains("第 1 版").contains("第 2 版");
        // so is one naming the right scheme but a stale version, and one without a version is asked for it
        problem(tmo.post("/schemes/" + v2Id + "/items", threshold("READING", "0"), v1Version), 409);
        assertThat(tmo.post("/schemes/" + v2Id + "/items", threshold("READING", "0")).status()).isEqualTo(428);

        // change an item: 16 → 14 points and a stricter line, so the points make up 80 again
        DocumentContext v3 = ok(tmo.put("/schemes/" + v2Id + "/items/QUALITY_EFFICIENCY", """
                {"code":"QUALITY_EFFICIENCY","name":"质效（团队审限内结案率）","measure":"TEAM_WITHIN_DEADLINE_RATE","points":14,
                 "ruleType":"LINEAR","rule":{"worst":0.85,"best":1.0}}""", v2Version), "change");
        long v3Id = id(v3.read("$.id"));
        int v3Version = v3.read("$.version");
        assertThat((List<String>) v3.read("$.items[*].code")).containsExactly("ASSIST_WORKLOAD", "QUALITY_EFFICIENCY",
                "SUBJECTIVE", "TRAINING");
        assertThat((Object) v3.read("$.imbalance")).isNull();

        // bad values are refused with the field named and a Chinese reason; nothing is stored
        Map<String, String> bad = Map.of(
                threshold("READING", "1.5"), "rule.otherwiseShare",
                threshold("reading", "0"), "code",
                threshold("TRAINING", "0"), "code",
                """
                {"code":"OWN","name":"本人办案数","measure":"WORKLOAD","points":"2","ruleType":"BOUNDED","rule":{}}""", "measure",
                """
                {"code":"LIVE","name":"直播","measure":"INPUT","indicator":"LIVE_STREAMED_SHARE","points":"2","ruleType":"BOUNDED","rule":{}}""", "indicator",
                """
                {"code":"X","name":"x","measure":"INPUT","points":"两分","ruleType":"BOUNDED","rule":{}}""", "points",
                """
                {"code":"X","name":"x","measure":"INPUT","points":"2","ruleType":"LINEAR","rule":{"worst":1,"best":1}}""", "rule.best");
        bad.forEach((body, field) -> {
            DocumentContext refused = problem(tmo.post("/schemes/" + v3Id + "/items", body, v3Version), 422);
            assertThat((String) refused.read("$.errors[0].field")).as(body).isEqualTo(field);
            assertThat((String) refused.read("$.detail")).as(body).matches(".*[\\u4e00-\\u9fa5].*");
        });
        assertThat((Integer) tmo.get("/schemes/" + v3Id).read("$.version")).isEqualTo(v3Version);
        assertThat(latest(tmo, "ASSISTANT", year)).isEqualTo(v3Id);

        // remove the item again
        DocumentContext v4 = ok(tmo.delete("/schemes/" + v3Id + "/items/TRAINING", v3Version), "remove");
        int v4Version = v4.read("$.version");
        assertThat((List<String>) v4.read("$.items[*].code")).containsExactly("ASSIST_WORKLOAD", "QUALITY_EFFICIENCY", "SUBJECTIVE");

        // the first version is as it was, superseded
        DocumentContext first = tmo.get("/schemes/" + v1);
        assertThat((Boolean) first.read("$.latest")).isFalse();
        assertThat((String) first.read("$.closed")).isEqualTo("已被第 4 版取代");
        assertThat(EvaluationCalls.decimal(((List<Object>) first.read("$.items[?(@.code == 'QUALITY_EFFICIENCY')].points")).get(0)))
                .isEqualByComparingTo("16");

        // every change is on the trail, with who made it and what changed
        List<Map<String, Object>> events = trail("ASSISTANT " + year);
        assertThat(events).extracting(e -> e.get("action")).containsExactly("EVALUATION_SCHEME_COPIED",
                "EVALUATION_SCHEME_ITEM_ADDED", "EVALUATION_SCHEME_ITEM_CHANGED", "EVALUATION_SCHEME_ITEM_REMOVED");
        assertThat(events).allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("tmo"));
        assertThat((String) events.get(2).get("changes")).contains("2 → 3").contains("16 → 14").contains("QUALITY_EFFICIENCY");

        // a judge may not edit; nor may a basic court's 审管办: schemes apply to every court
        problem(new EvaluationCalls(port, "judge", QuanzeIntegrationTest.DEMO_PASSWORD).post("/schemes/" + id(v4.read("$.id"))
                + "/items", threshold("READING", "0"), v4Version), 403);
        DocumentContext basic = problem(new EvaluationCalls(port, TestProvince.BASIC_OFFICE, TestProvince.PASSWORD)
                .post("/schemes/" + id(v4.read("$.id")) + "/items", threshold("READING", "0"), v4Version), 403);
        assertThat((String) basic.read("$.detail")).isEqualTo("考核方案由高级人民法院审判管理办公室制定和修改");
    }

    @Test
    void aYearWhoseEvaluationIsLockedKeepsItsRulesAndChangesGoToANewYear() {
        EvaluationCalls office = new EvaluationCalls(port, TestProvince.OFFICE, TestProvince.PASSWORD);
        long scheme = latest(office, "DEPARTMENT", TestProvince.YEAR);
        // 琼0101's departments for 2020, on 2020's own scheme, published and locked
        DocumentContext run = office.compute("琼0101", TestProvince.YEAR, "DEPARTMENT");
        long runId = id(run.read("$.id"));
        int version = ok(office.post("/runs/" + runId + "/publish", "{}", (Integer) run.read("$.version")), "publish").read("$.version");
        ok(office.post("/runs/" + runId + "/lock", "{}", version), "lock");

        // the 2020 rules are now those of an archived year: an edit is refused and says what to do instead
        int schemeVersion = office.get("/schemes/" + scheme).read("$.version");
        DocumentContext refused = problem(office.put("/schemes/" + scheme + "/items/RESEARCH", """
                {"code":"RESEARCH","name":"调研指导","measure":"INPUT","points":"20","ruleType":"BOUNDED","rule":{"floor":0}}""",
                schemeVersion), 409);
        assertThat((String) refused.read("$.type")).endsWith("evaluation.scheme-locked");
        assertThat((String) refused.read("$.detail")).contains("琼0101 2020年度").contains("复制为新年度方案");
        assertThat((String) office.get("/schemes/" + scheme).read("$.closed")).contains("已锁定归档");
        assertThat(latest(office, "DEPARTMENT", TestProvince.YEAR)).isEqualTo(scheme);

        // a later year is fine and editable
        int later = LocalDate.now(clock).getYear() + 5;
        DocumentContext copy = ok(office.post("/schemes/" + scheme + "/copies", "{\"year\":" + later + "}", schemeVersion), "copy");
        assertThat((Object) copy.read("$.closed")).isNull();
        DocumentContext changed = ok(office.put("/schemes/" + id(copy.read("$.id")) + "/items/RESEARCH", """
                {"code":"RESEARCH","name":"调研指导","measure":"INPUT","points":"16","ruleType":"BOUNDED","rule":{"floor":0,"cap":12}}""",
                (Integer) copy.read("$.version")), "change the copy");
        assertThat((Integer) changed.read("$.version")).isEqualTo(2);
    }
}
