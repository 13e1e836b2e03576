package org.quanze.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.Instance;

/** The catalogue is well-formed; that every predicate is valid SQL is proven by the integration tests, which run them all. */
class IndicatorsTests {

    @Test
    void theCaliberComesFirstInTheOrderCourtTablesPrintIt() {
        assertThat(Indicators.CALIBER).extracting(IndicatorDefinition::code).containsExactly("OLD_PENDING", "NEWLY_FILED",
                "ACCEPTED", "CLOSED", "PENDING", "CLOSURE_RATE", "PER_JUDGE_ACCEPTED", "PER_JUDGE_CLOSED");
        assertThat(Indicators.ALL.subList(0, 8)).isEqualTo(Indicators.CALIBER);
    }

    @Test
    void everyIndicatorUsesOnlyNamedPeriodPredicatesAndThePeriodDaysAndNoParameters() {
        for (IndicatorDefinition d : Indicators.ALL) {
            for (String predicate : new String[] {d.numerator(), d.denominator(), d.sumOf()}) {
                if (predicate == null) continue;
                String expanded = Indicators.expand(predicate);
                // {leaders} is the one array the engine binds (院庭长's staff ids), never text
                assertThat(expanded.replace("{from}", "").replace("{to}", "").replace("{leaders}", "")).as(d.code())
                        .doesNotContain("{", "}", "?", ";", "--");
            }
            assertThat(Indicators.expand(d.numerator())).as(d.code()).containsAnyOf("{from}", "{to}");
        }
        assertThat(Indicators.expand("{closed} AND appealed"))
                .isEqualTo("(closed_on >= {from} AND closed_on <= {to}) AND appealed");
    }

    @Test
    void ratesHaveCaseDenominatorsAndPerJudgeFiguresDivideByQuotaJudges() {
        for (IndicatorDefinition d : Indicators.ALL) {
            switch (d.unit()) {
                case RATE, DAYS -> assertThat(d.base()).as(d.code()).isEqualTo(Base.CASES);
                case PER_JUDGE -> assertThat(d.base()).as(d.code()).isEqualTo(Base.QUOTA_JUDGES);
                case CASES, EVENTS -> assertThat(d.base()).as(d.code()).isEqualTo(Base.NONE);
            }
            assertThat(d.changeRule()).isEqualTo(d.unit() == Unit.RATE ? ChangeRule.PERCENTAGE_POINTS : ChangeRule.RELATIVE);
        }
    }

    @Test
    void theFormulasOfCourtDashboardsHold() {
        // 结案率 = 审结 ÷ (旧存 + 新收); 一审服判息诉率 = 1 − 上诉 ÷ 一审结案
        assertThat(Indicators.CLOSURE_RATE.numerator()).isEqualTo(Indicators.CLOSED.numerator());
        assertThat(Indicators.CLOSURE_RATE.denominator()).isEqualTo(Indicators.ACCEPTED.numerator());
        assertThat(Indicators.FIRST_INSTANCE_SETTLED_RATE.numerator())
                .isEqualTo(Indicators.FIRST_INSTANCE_APPEAL_RATE.denominator() + " AND NOT appealed");
        assertThat(Indicators.FIRST_INSTANCE_SETTLED_RATE.denominator()).contains("case_type LIKE '%初'");
    }

    @Test
    void processDisclosureFiguresCountThePortalsEventsAndListTheCasesWithOneInThePeriod() {
        // 审判流程公开 (issue 15): counted over portal.case_event_fact, not the case facts, so the in-memory model, the
        // national statistics and the DuckDB bench (case facts only) leave them out
        assertThat(Indicators.PROCESS_DISCLOSURE).allMatch(IndicatorDefinition::countsEvents);
        assertThat(Indicators.CASE_FACTS).noneMatch(IndicatorDefinition::countsEvents)
                .hasSize(Indicators.ALL.size() - Indicators.PROCESS_DISCLOSURE.size());
        assertThat(Indicators.KEY).containsAll(Indicators.PROCESS_DISCLOSURE);
        // 查询率 as Jilin's 7.69%: distinct cases queried ÷ distinct cases opened to query; queries are events, not cases
        assertThat(Indicators.QUERY_RATE.events().distinctCases()).isTrue();
        assertThat(Indicators.QUERY_RATE.events().numerator()).isEqualTo(Indicators.CASES_QUERIED.events().numerator());
        assertThat(Indicators.QUERY_RATE.events().denominator()).isEqualTo(Indicators.CASES_OPEN_TO_QUERY.events().numerator());
        assertThat(Indicators.QUERIES.unit()).isEqualTo(Unit.EVENTS);
        assertThat(Indicators.CASES_QUERIED.unit()).isEqualTo(Unit.CASES);
        // a case list: the cases with such an event in the period
        assertThat(Indicators.QUERIES.numerator()).isEqualTo("EXISTS (SELECT 1 FROM portal.case_event_fact e WHERE "
                + "e.case_number = c.case_number AND e.occurred_on >= {from} AND e.occurred_on <= {to} AND e.kind = 'QUERY')");
    }

    @Test
    void theTypeCodeSuffixesThePredicatesUseMeanTheirInstance() {
        // 终 = 二审, 申 = 申请再审、申诉审查 (法〔2015〕137号 附件): a type code breaking this would be miscounted
        assertThat(Indicators.REMAND_TRANSFER_DAYS.numerator()).contains("case_type LIKE '%终'");
        assertThat(Indicators.RETRIAL_APPLICATIONS.numerator()).contains("case_type LIKE '%申'");
        for (CaseType t : CaseType.values()) {
            assertThat(t.code().endsWith("终")).as(t.code()).isEqualTo(t.instance() == Instance.SECOND);
            assertThat(t.code().endsWith("申")).as(t.code()).isEqualTo(t.instance() == Instance.RETRIAL_REVIEW);
        }
    }

    @Test
    void aDenominatorPredicateGoesOnlyWithCaseBase() {
        assertThatThrownBy(() -> new IndicatorDefinition("X", "x", "true", null, Base.NONE, "true", Unit.CASES,
                Direction.NEUTRAL, PeriodSemantics.CLOSED_IN_PERIOD, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Indicators.get("NO_SUCH")).isInstanceOf(StatisticsRefusal.class);
    }

    @Test
    void everyIndicatorHasAChineseAndAnEnglishLabel() throws IOException {
        Properties zh = load("/i18n/statistics.properties");
        Properties en = load("/i18n/statistics_en.properties");
        for (IndicatorDefinition d : Indicators.ALL) {
            assertThat(zh.getProperty("indicator." + d.code())).as(d.code()).isEqualTo(d.chineseName());
            assertThat(en.getProperty("indicator." + d.code())).as(d.code()).isNotBlank();
        }
        // the definitions sheet of the .xlsx export names each unit
        for (Unit u : Unit.values()) {
            assertThat(zh.getProperty("stat.unit." + u.name())).as(u.name()).isNotBlank();
            assertThat(en.getProperty("stat.unit." + u.name())).as(u.name()).isNotBlank();
        }
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IndicatorsTests.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
