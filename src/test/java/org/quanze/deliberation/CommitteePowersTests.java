package org.quanze.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.PowerContext;
import org.quanze.authority.rules.Condition;
import org.quanze.authority.rules.PowerList;
import org.quanze.authority.rules.PowerRule;
import org.quanze.authority.rules.SubjectKind;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Post;
import org.quanze.shared.Role;

/**
 * The committee's and deliberation's entries of the power list as the migrations store them (V3 and V33_4, G-32
 * made inactive), person by person: who chairs (人民法院组织法 第38条), who approves a submission (第39条), who
 * convenes a professional meeting (法发〔2021〕2号), and who reads deliberation records. Court 10 is the person's court.
 */
class CommitteePowersTests {

    private static final PowerList LIST = new PowerList(rules());

    private static final Map<String, Actor> PEOPLE = Map.of(
            "president", staff(5, Role.QUOTA_JUDGE, Set.of(Post.PRESIDENT, Post.COMMITTEE_MEMBER), null),
            "vicePresident", staff(6, Role.QUOTA_JUDGE, Set.of(Post.VICE_PRESIDENT, Post.COMMITTEE_MEMBER), null),
            "chief", staff(4, Role.QUOTA_JUDGE, Set.of(Post.DIVISION_CHIEF, Post.COMMITTEE_MEMBER), null),
            "judge", staff(1, Role.QUOTA_JUDGE, Set.of(), null),
            "clerk", staff(3, Role.CLERK, Set.of(), null),
            "filer", staff(7, Role.CLERK, Set.of(), DepartmentKind.FILING),
            "diverter", staff(8, Role.QUOTA_JUDGE, Set.of(Post.PROCEDURE_DIVERTER), null));

    private static final Map<String, PowerContext> OBJECTS = Map.of(
            "court10", PowerContext.court(10L),
            "court11", PowerContext.court(11L),
            "divisionCase", PowerContext.ofCase(10L, 100L, 9L, List.of(9L, 1L, 2L), false),
            "otherDivisionCase", PowerContext.ofCase(10L, 200L, 9L, List.of(9L), false));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            组织法 第38条: the president chairs his court's committee         | president     | CHAIR_COMMITTEE              | court10           | true  | G-80
            组织法 第38条: not another court's                                 | president     | CHAIR_COMMITTEE              | court11           | false | 未授权
            组织法 第38条: a vice-president only by delegation (module)        | vicePresident | CHAIR_COMMITTEE              | court10           | false | 未授权
            组织法 第38条: a division chief never, his own court neither       | chief         | CHAIR_COMMITTEE              | court10           | false | 未授权
            组织法 第39条: the president approves a submission                 | president     | APPROVE_COMMITTEE_SUBMISSION | court10           | true  | G-81
            组织法 第39条: a division chief does not                           | chief         | APPROVE_COMMITTEE_SUBMISSION | court10           | false | 未授权
            法发〔2021〕2号: a chief convenes his court's professional meeting | chief         | CONVENE_MEETING              | court10           | true  | G-82
            法发〔2021〕2号: not another court's                               | chief         | CONVENE_MEETING              | court11           | false | 未授权
            a judge does not convene                                           | judge         | CONVENE_MEETING              | court10           | false | 未授权
            committee members see their committee                              | chief         | VIEW_COMMITTEE               | court10           | true  | G-85
            the president sees the committee                                   | president     | VIEW_COMMITTEE               | court10           | true  | G-83
            a judge does not see the committee                                 | judge         | VIEW_COMMITTEE               | court10           | false | 未授权
            a clerk does not see the committee                                 | clerk         | VIEW_COMMITTEE               | court10           | false | 未授权
            nobody sees another court's committee                              | president     | VIEW_COMMITTEE               | court11           | false | 未授权
            民诉法 第45条: the trial organisation reads its record             | judge         | VIEW_DELIBERATION            | divisionCase      | true  | G-88
            the chief reads his division's records                             | chief         | VIEW_DELIBERATION            | divisionCase      | true  | G-89
            not another division's                                             | chief         | VIEW_DELIBERATION            | otherDivisionCase | false | 未授权
            the filing division does not read ballots                          | filer         | VIEW_DELIBERATION            | divisionCase      | false | N-21
            the diverter does not read ballots                                 | diverter      | VIEW_DELIBERATION            | divisionCase      | false | N-22
            a clerk not on the panel does not                                  | clerk         | VIEW_DELIBERATION            | otherDivisionCase | false | 未授权
            """)
    void decides(String scenario, String person, Action action, String object, boolean allowed, String rule) {
        PowerList.Decision decision = LIST.decide(PEOPLE.get(person), action, OBJECTS.get(object));
        assertThat(decision.allowed()).as(scenario).isEqualTo(allowed);
        assertThat(decision.rule() == null ? PowerList.NO_GRANT : decision.rule().code()).as(scenario).isEqualTo(rule);
    }

    private static Actor staff(long id, Role role, Set<Post> posts, DepartmentKind office) {
        return new Actor("u" + id, id, "J-" + id, "人员" + id, role, posts, office, 10L, "吉0102", "南关", 100L, "民一庭",
                Set.of(id), Set.of(10L), true);
    }

    /** The rows of V3 and V33_4 as stored, with G-32 inactive as V33_4 leaves it. */
    private static List<PowerRule> rules() {
        List<PowerRule> rules = new ArrayList<>();
        for (String file : List.of("V3__power_list_and_accounts.sql", "V33_4__committee_and_deliberation_powers.sql")) {
            try (var in = CommitteePowersTests.class.getResourceAsStream("/db/migration/authority/" + file)) {
                Matcher m = Pattern.compile("\\('([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)'\\)")
                        .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    rules.add(new PowerRule(rules.size() + 1, m.group(1), PowerRule.Kind.valueOf(m.group(2)), SubjectKind.valueOf(m.group(3)),
                            m.group(4), Action.valueOf(m.group(5)), Condition.valueOf(m.group(6)), m.group(7), m.group(8),
                            !m.group(1).equals("G-32"), 0));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(rules).extracting(PowerRule::code).contains("G-80", "G-89", "N-22").doesNotHaveDuplicates();
        return rules;
    }
}
