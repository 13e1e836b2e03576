package org.quanze.authority.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.PowerContext;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Role;

/** 法官法 第47条: a judge suspended from duty gets no new case and signs nothing (N-ACC1, N-ACC2 of V34). */
class SuspendedFromDutyTests {

    static final Actor JUDGE = new Actor("u1", 1L, "J-1", "法官", Role.QUOTA_JUDGE, Set.of(), DepartmentKind.CIVIL, 10L, "吉0102",
            "南关", 100L, "民一庭", Set.of(1L), Set.of(10L), true);
    static final PowerContext OWN_CASE = PowerContext.ofCase(10L, 100L, 1L, List.of(1L), false);

    @ParameterizedTest(name = "{0}: allowed {1}, suspended refused by {2}")
    @CsvSource({"HANDLE_CASE, G-06, N-ACC1", "SIGN_JUDGMENT, G-07, N-ACC2"})
    void aSuspendedJudgeIsRefusedWhatTheSameJudgeMayOtherwiseDo(Action action, String grant, String prohibition) {
        PowerList list = new PowerList(rules());
        PowerList.Decision before = list.decide(JUDGE, action, OWN_CASE);
        assertThat(before.allowed()).isTrue();
        assertThat(before.rule().code()).isEqualTo(grant);
        PowerList.Decision after = list.decide(JUDGE.suspended(), action, OWN_CASE);
        assertThat(after.allowed()).isFalse();
        assertThat(after.rule().code()).isEqualTo(prohibition);
        assertThat(list.uses(action, Condition.SUSPENDED_FROM_DUTY)).isTrue();
        assertThat(list.uses(Action.VIEW_CASE, Condition.SUSPENDED_FROM_DUTY)).as("other powers are left as they are").isFalse();
    }

    /** The built-in list and the accountability migration, as stored. */
    static List<PowerRule> rules() {
        List<PowerRule> rules = new ArrayList<>();
        long id = 0;
        for (String file : List.of("V3__power_list_and_accounts.sql", "V34__accountability_powers.sql")) {
            try (var in = SuspendedFromDutyTests.class.getResourceAsStream("/db/migration/authority/" + file)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("\\('([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)'\\)").matcher(sql);
                while (m.find()) {
                    rules.add(new PowerRule(++id, m.group(1), PowerRule.Kind.valueOf(m.group(2)), SubjectKind.valueOf(m.group(3)),
                            m.group(4), Action.valueOf(m.group(5)), Condition.valueOf(m.group(6)), m.group(7), m.group(8), true, 0));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return rules;
    }
}
