package org.quanze.authority.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Post;
import org.quanze.shared.Role;

/**
 * Decisions of the built-in power list (the rows the Flyway migration stores), person by person and case by case.
 * Sources: 法发〔2015〕13号《关于完善人民法院司法责任制的若干意见》 (quota judges decide, leaders do not sign cases they
 * did not hear unless the adjudication committee decided them, leaders may not change a panel's decision — 第24条).
 */
class PowerListTests {

    private static final PowerList BUILT_IN = new PowerList(builtInRules());

    // Court 10 (a basic court) lies under court 1 (its intermediate court); court 11 is another basic court under 1.
    private static final Map<String, Actor> PEOPLE = Map.of(
            "judge", staff(1, Role.QUOTA_JUDGE, Set.of(), null, 100, true, Set.of(1L, 2L, 3L), Set.of(10L)),
            "exJudge", staff(7, Role.QUOTA_JUDGE, Set.of(), null, 100, false, Set.of(7L), Set.of(10L)),
            "assistant", staff(2, Role.JUDICIAL_ASSISTANT, Set.of(), null, 100, false, Set.of(1L, 2L, 3L), Set.of(10L)),
            "clerk", staff(3, Role.CLERK, Set.of(), null, 100, false, Set.of(1L, 2L, 3L), Set.of(10L)),
            "chief", staff(4, Role.QUOTA_JUDGE, Set.of(Post.DIVISION_CHIEF), null, 100, true, Set.of(4L), Set.of(10L)),
            "president", staff(5, Role.QUOTA_JUDGE, Set.of(Post.PRESIDENT, Post.COMMITTEE_MEMBER), null, 300, true, Set.of(5L), Set.of(10L)),
            "diverter", staff(6, Role.QUOTA_JUDGE, Set.of(Post.PROCEDURE_DIVERTER), DepartmentKind.FILING, 400, true, Set.of(6L), Set.of(10L)),
            "assessor", staff(8, Role.PEOPLE_ASSESSOR, Set.of(), null, null, false, Set.of(), Set.of(10L)),
            "tmo", new Actor("tmo", 20L, "J-20", "审管办", Role.ADMINISTRATIVE, Set.of(), DepartmentKind.TRIAL_MANAGEMENT,
                    1L, "吉01", "中院", 900L, "审判管理办公室", Set.of(), Set.of(1L, 10L, 11L), false),
            "admin", Actor.administrator("admin"));

    private static final Map<String, PowerContext> OBJECTS = Map.of(
            "none", PowerContext.NONE,
            "ownCase", PowerContext.ofCase(10L, 100L, 1L, List.of(1L), false),
            "exJudgeCase", PowerContext.ofCase(10L, 100L, 7L, List.of(7L), false),
            "otherDivisionCase", PowerContext.ofCase(10L, 200L, 9L, List.of(9L), false),
            "committeeCase", PowerContext.ofCase(10L, 100L, 9L, List.of(9L), true),
            "presidentOnPanel", PowerContext.ofCase(10L, 100L, 1L, List.of(1L, 5L, 9L), false),
            "court10", PowerContext.court(10L),
            "court11", PowerContext.court(11L),
            "court1", PowerContext.court(1L));

    @ParameterizedTest(name = "{0}: {1} {2} on {3} → {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            quota judge handles cases                               | judge     | HANDLE_CASE           | none              | true  | G-06
            staff outside the quota cannot be handlers              | exJudge   | HANDLE_CASE           | none              | false | N-01
            people's assessor is not in the quota                   | assessor  | HANDLE_CASE           | none              | false | N-01
            outside the quota cannot sign even own case             | exJudge   | SIGN_JUDGMENT         | exJudgeCase       | false | N-02
            sole judge signs own judgment directly                  | judge     | SIGN_JUDGMENT         | ownCase           | true  | G-07
            judge cannot sign a case he is not on                   | judge     | SIGN_JUDGMENT         | otherDivisionCase | false | 未授权
            leader cannot sign judgment of case he did not hear     | president | SIGN_JUDGMENT         | ownCase           | false | N-03
            division chief cannot sign case he did not hear         | chief     | SIGN_JUDGMENT         | ownCase           | false | N-05
            president signs a committee-decided case                | president | SIGN_JUDGMENT         | committeeCase     | true  | G-08
            president on the panel signs as a panel member          | president | SIGN_JUDGMENT         | presidentOnPanel  | true  | G-07
            assistant drafts but never signs                        | assistant | SIGN_JUDGMENT         | ownCase           | false | N-02
            leader cannot change the panel's decision (第24条)      | president | CHANGE_PANEL_DECISION | ownCase           | false | N-07
            judge sees own case                                     | judge     | VIEW_CASE             | ownCase           | true  | G-40
            assistant sees the team's case                          | assistant | VIEW_CASE             | ownCase           | true  | G-41
            judge does not see another division's case              | judge     | VIEW_CASE             | otherDivisionCase | false | 未授权
            division chief sees the division's cases                | chief     | VIEW_CASE             | ownCase           | true  | G-43
            division chief does not see another division's case     | chief     | VIEW_CASE             | otherDivisionCase | false | 未授权
            president sees every case of the court                  | president | VIEW_CASE             | otherDivisionCase | true  | G-45
            division chief re-assigns within the division           | chief     | REASSIGN_CASE         | ownCase           | true  | G-05
            division chief cannot re-assign another division's case| chief     | REASSIGN_CASE         | otherDivisionCase | false | 未授权
            judge cannot re-assign                                  | judge     | REASSIGN_CASE         | ownCase           | false | 未授权
            procedure diverter diverts the court's new cases        | diverter  | DIVERT_CASE           | court10           | true  | G-02
            upper court sees its lower courts' statistics           | tmo       | VIEW_STATISTICS       | court11           | true  | G-53
            president does not see the upper court's statistics     | president | VIEW_STATISTICS       | court1            | false | 未授权
            judging staff may not edit the power list               | judge     | EDIT_POWER_LIST       | none              | false | N-20
            trial-management office edits the power list            | tmo       | EDIT_POWER_LIST       | none              | true  | G-67
            everyone may record an interference                     | clerk     | RECORD_INTERFERENCE   | ownCase           | true  | G-36
            administrator may do anything                           | admin     | EDIT_POWER_LIST       | none              | true  |
            """)
    void decides(String scenario, String person, Action action, String object, boolean allowed, String rule) {
        PowerList.Decision decision = BUILT_IN.decide(PEOPLE.get(person), action, OBJECTS.get(object));
        assertThat(decision.allowed()).as(scenario).isEqualTo(allowed);
        String named = decision.rule() == null ? (allowed ? null : PowerList.NO_GRANT) : decision.rule().code();
        assertThat(named).as(scenario).isEqualTo(rule);
    }

    @Test
    void judgeQueriesOwnAndTeamCasesOnly() {
        DataScope scope = BUILT_IN.scope(PEOPLE.get("judge"), Action.VIEW_CASE);
        assertThat(scope.all()).isFalse();
        assertThat(scope.staffIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(scope.courtIds()).isEmpty();
    }

    @Test
    void divisionChiefQueriesTheDivisionAndPresidentTheCourt() {
        assertThat(BUILT_IN.scope(PEOPLE.get("chief"), Action.VIEW_CASE).departmentIds()).containsExactly(100L);
        assertThat(BUILT_IN.scope(PEOPLE.get("president"), Action.VIEW_CASE).courtIds()).containsExactly(10L);
    }

    @Test
    void upperCourtStatisticsScopeCoversLowerCourts() {
        assertThat(BUILT_IN.scope(PEOPLE.get("tmo"), Action.VIEW_STATISTICS).courtIds()).containsExactlyInAnyOrder(1L, 10L, 11L);
    }

    @Test
    void menusOfferOnlyPowersThePersonCanEverUse() {
        assertThat(BUILT_IN.mayEver(PEOPLE.get("exJudge"), Action.HANDLE_CASE)).isFalse();
        assertThat(BUILT_IN.mayEver(PEOPLE.get("judge"), Action.HANDLE_CASE)).isTrue();
        assertThat(BUILT_IN.mayEver(PEOPLE.get("clerk"), Action.SIGN_JUDGMENT)).isFalse();
        assertThat(BUILT_IN.mayEver(PEOPLE.get("judge"), Action.EDIT_POWER_LIST)).isFalse();
        assertThat(BUILT_IN.mayEver(PEOPLE.get("tmo"), Action.EDIT_POWER_LIST)).isTrue();
    }

    @Test
    void anInactiveProhibitionNoLongerRefuses() {
        List<PowerRule> rules = new ArrayList<>(builtInRules());
        rules.replaceAll(r -> r.code().equals("N-03") ? new PowerRule(r.id(), r.code(), r.kind(), r.subjectKind(),
                r.subjectCode(), r.action(), r.condition(), r.description(), r.source(), false, 1) : r);
        PowerList.Decision decision = new PowerList(rules).decide(PEOPLE.get("president"), Action.SIGN_JUDGMENT, OBJECTS.get("ownCase"));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).isNull();
    }

    private static Actor staff(long id, Role role, Set<Post> posts, DepartmentKind office, Integer department,
            boolean inQuota, Set<Long> team, Set<Long> subtree) {
        return new Actor("u" + id, id, "J-" + id, "人员" + id, role, posts, office, 10L, "吉0102", "南关", 
                department == null ? null : department.longValue(), "庭", team, subtree, inQuota);
    }

    /** The power list exactly as the migration stores it. */
    static List<PowerRule> builtInRules() {
        try (var in = PowerListTests.class.getResourceAsStream("/db/migration/authority/V3__power_list_and_accounts.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\('([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)'\\)").matcher(sql);
            List<PowerRule> rules = new ArrayList<>();
            long id = 0;
            while (m.find()) {
                rules.add(new PowerRule(++id, m.group(1), PowerRule.Kind.valueOf(m.group(2)), SubjectKind.valueOf(m.group(3)),
                        m.group(4), Action.valueOf(m.group(5)), Condition.valueOf(m.group(6)), m.group(7), m.group(8), true, 0));
            }
            rules.sort(java.util.Comparator.comparing(PowerRule::code));
            assertThat(rules).hasSizeGreaterThan(50);
            return rules;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
