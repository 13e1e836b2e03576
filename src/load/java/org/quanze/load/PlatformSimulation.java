package org.quanze.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Realistic journeys per role against a running platform (bin/load-test): a judge opens the workbench, lists the
 * cases, opens a case page and reads the case over the API; a filing clerk files cases; a president looks at the
 * court's statistics; the high court's trial-management office at the province's. Users are split 60/15/15/10 and
 * each loops through its journey, with a think time, for the duration. Any failed request fails the run.
 *
 * <p>System properties: {@code quanze.load.url}, {@code .users}, {@code .duration} (seconds), {@code .password},
 * {@code .think} (ms).
 */
public class PlatformSimulation extends Simulation {

    static final String URL = System.getProperty("quanze.load.url", "http://localhost:8080");
    static final int USERS = Integer.getInteger("quanze.load.users", 100);
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("quanze.load.duration", 60));
    static final String PASSWORD = System.getProperty("quanze.load.password", "quanze2026");
    /**
     * A person's think time between two requests: uniformly between this and twice this (default 2 000 ms, so 2–4 s,
     * a person glancing at a page; {@code quanze.load.think=500} is the stress run of 0.5–1 s).
     */
    static final Duration THINK = Duration.ofMillis(Integer.getInteger("quanze.load.think", 2000));
    static final Duration THINK_MAX = THINK.multipliedBy(2);

    // no client cache: every answer is computed and sent in full (a cached case read would be a 304 of nothing)
    final HttpProtocolBuilder protocol = http.baseUrl(URL).acceptLanguageHeader("zh-CN,zh;q=0.9")
            .acceptEncodingHeader("gzip").userAgentHeader("quanze-load-test").disableCaching();

    static ChainBuilder signIn(String user) {
        return exec(http("登录页 login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("登录 sign in").post("/login").formParam("username", user).formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}").check(status().is(200), currentLocation().not(URL + "/login?error")));
    }

    final ScenarioBuilder judge = scenario("法官 judge")
            .exec(signIn("judge"))
            .during(DURATION).on(
                    exec(http("工作台 workbench page").get("/").check(status().is(200))).pause(THINK, THINK_MAX)
                    .exec(http("案件列表 API case list").get("/api/v1/cases?limit=50")
                            .basicAuth("judge", PASSWORD)
                            .check(jsonPath("$[*].caseNumber").findRandom().saveAs("caseNumber")))
                    .exec(http("案件列表页 case list page").get("/cases?mine=true").check(status().is(200))).pause(THINK, THINK_MAX)
                    .exec(http("案件页 case page").get("/cases/#{caseNumber}").check(status().is(200))).pause(THINK, THINK_MAX)
                    .exec(http("案件 API case read").get("/api/v1/cases/#{caseNumber}").basicAuth("judge", PASSWORD)
                            .check(status().is(200))).pause(THINK, THINK_MAX));

    final ScenarioBuilder filer = scenario("立案 filing clerk")
            .during(DURATION).on(
                    exec(http("立案 filing").post("/api/v1/cases").basicAuth("filer", PASSWORD)
                            .header("Content-Type", "application/json")
                            .body(StringBody("""
                                    {"courtCode":"吉0102","caseType":"民初","causeCode":"民间借贷纠纷","claimAmount":50000,
                                     "claimText":"借款到期未还，请求返还本金及利息",
                                     "parties":[{"kind":"NATURAL","role":"原告","name":"张三","idNumber":"11010519491231002X"},
                                                {"kind":"LEGAL","role":"被告","name":"长春某某商贸有限公司"}]}"""))
                            .check(status().is(201))).pause(THINK, THINK_MAX));

    final ScenarioBuilder president = scenario("院长 president")
            .exec(signIn("president"))
            .during(DURATION).on(
                    exec(http("本院统计页 court statistics page").get("/statistics").check(status().is(200))).pause(THINK, THINK_MAX)
                    .exec(http("本院统计 API court caliber").get("/api/v1/statistics/caliber?court=吉0102")
                            .basicAuth("president", PASSWORD).check(status().is(200))).pause(THINK, THINK_MAX));

    final ScenarioBuilder office = scenario("审管办 province office")
            .during(DURATION).on(
                    exec(http("全省统计 province caliber").get("/api/v1/statistics/caliber?court=吉&subordinates=true")
                            .basicAuth("tmo", PASSWORD).check(status().is(200))).pause(THINK, THINK_MAX));

    {
        int judges = Math.max(1, USERS * 60 / 100);
        int filers = Math.max(1, USERS * 15 / 100);
        int presidents = Math.max(1, USERS * 15 / 100);
        int offices = Math.max(1, USERS - judges - filers - presidents);
        Duration ramp = Duration.ofSeconds(Math.min(10, DURATION.toSeconds() / 4));
        setUp(judge.injectOpen(rampUsers(judges).during(ramp)),
                filer.injectOpen(rampUsers(filers).during(ramp)),
                president.injectOpen(rampUsers(presidents).during(ramp)),
                office.injectOpen(rampUsers(offices).during(ramp)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
