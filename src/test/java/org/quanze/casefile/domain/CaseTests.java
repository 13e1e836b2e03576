package org.quanze.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.casefile.domain.BenchMember.Role;
import org.quanze.casefile.domain.diversion.Circumstance;
import org.quanze.casefile.domain.diversion.DiversionFacts;
import org.quanze.shared.CourtLevel;
import org.quanze.shared.DomainException;
import org.quanze.shared.Post;
import org.quanze.shared.Recorded;

/**
 * The rules each verb of {@link Case} guards, one table per rule with its article. Expected deadlines are counted by
 * hand from the statute's period, not through {@link TimeLimit}.
 */
class CaseTests {

    private static final LocalDate FILED = LocalDate.of(2026, 1, 5);
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    // ------------------------------------------------------------------ 程序转换

    /**
     * 民诉解释 第257条 (一)–(六), 第260条, 第140条; 民事诉讼法 第160条、第165条、第166条; 行政诉讼法 第82条; 刑事诉讼法
     * 第214条、第222条; and only the procedures of the case's kind (民诉解释 第258条; 刑诉解释 第368条、第375条;
     * 行诉解释 第105条). Before the aggregate, a change of procedure checked none of these.
     */
    @ParameterizedTest(name = "{0} {1} {2} → {3} [{4}] consent={5} amount={6}: {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type | court        | from            | to           | circumstances / flags / state         | consent | amount | expected
            民初   | BASIC        | ORDINARY        | SIMPLE       | -                                     | false   | -      | ok
            民初   | BASIC        | SIMPLE          | ORDINARY     | -                                     | false   | -      | ok
            民初   | BASIC        | ORDINARY        | SMALL_CLAIMS | -                                     | false   | 5000   | ok
            民初   | BASIC        | ORDINARY        | SIMPLE       | DEFENDANT_WHEREABOUTS_UNKNOWN         | false   | -      | procedure.excluded
            民初   | BASIC        | ORDINARY        | SIMPLE       | REMANDED                              | false   | -      | procedure.excluded
            民初   | BASIC        | ORDINARY        | SIMPLE       | NUMEROUS_PARTIES                      | false   | -      | procedure.excluded
            民初   | BASIC        | ORDINARY        | SIMPLE       | TRIAL_SUPERVISION                     | false   | -      | procedure.excluded
            民初   | BASIC        | ORDINARY        | SIMPLE       | PUBLIC_INTEREST                       | false   | -      | procedure.excluded
            民撤   | BASIC        | ORDINARY        | SIMPLE       | -                                     | false   | -      | procedure.excluded
            民初   | BASIC        | ORDINARY        | SMALL_CLAIMS | PUBLIC_INTEREST                       | false   | 5000   | procedure.excluded
            民初   | BASIC        | SIMPLE          | SMALL_CLAIMS | FOREIGN_RELATED                       | false   | 5000   | procedure.excluded
            民初   | INTERMEDIATE | ORDINARY        | SIMPLE       | -                                     | false   | -      | procedure.excluded
            民初   | INTERMEDIATE | ORDINARY        | SMALL_CLAIMS | -                                     | false   | 5000   | procedure.excluded
            民初   | BASIC        | ORDINARY        | SIMPLE       | HEARD                                 | false   | -      | procedure.excluded
            民初   | BASIC        | ORDINARY        | SIMPLE       | PUBLIC_NOTICE                         | false   | -      | procedure.excluded
            民初   | BASIC        | ORDINARY        | FAST_TRACK   | -                                     | false   | -      | procedure.illegal
            民初   | BASIC        | ORDINARY        | SPECIAL      | -                                     | false   | -      | procedure.illegal
            民终   | INTERMEDIATE | SECOND_INSTANCE | SIMPLE       | -                                     | false   | -      | procedure.illegal
            民初   | BASIC        | ORDINARY        | ORDINARY     | -                                     | false   | -      | procedure.unchanged
            行初   | BASIC        | ORDINARY        | SIMPLE       | -                                     | false   | 5000   | procedure.excluded
            行初   | BASIC        | ORDINARY        | SIMPLE       | -                                     | true    | 5000   | ok
            行初   | BASIC        | ORDINARY        | SIMPLE       | -                                     | false   | 1500   | ok
            行初   | BASIC        | ORDINARY        | SIMPLE       | REMANDED                              | true    | 1500   | procedure.excluded
            行初   | BASIC        | ORDINARY        | SMALL_CLAIMS | -                                     | true    | 1500   | procedure.illegal
            刑初   | BASIC        | ORDINARY        | SIMPLE       | -                                     | false   | -      | ok
            刑初   | BASIC        | ORDINARY        | FAST_TRACK   | -                                     | false   | -      | ok
            刑初   | INTERMEDIATE | ORDINARY        | SIMPLE       | -                                     | false   | -      | procedure.excluded
            刑初   | BASIC        | ORDINARY        | FAST_TRACK   | LIKELY_SENTENCE_OVER_THREE_YEARS      | false   | -      | procedure.excluded
            刑初   | BASIC        | ORDINARY        | SMALL_CLAIMS | -                                     | false   | -      | procedure.illegal
            """)
    void aChangeOfProcedureIsLegalForTheCaseOrRefused(String type, CourtLevel court, Procedure from, Procedure to,
            String state, boolean consent, BigDecimal amount, String expected) {
        Set<String> marks = marks(state);
        Case c = kase(type, court, from, marks, amount).build();
        if (marks.contains("PUBLIC_NOTICE")) {
            c = kase(type, court, from, marks, amount)
                    .suspensions(List.of(Suspension.of(SuspensionReason.PUBLIC_NOTICE, FILED.plusDays(3), FILED.plusDays(10)))).build();
        }
        Case theCase = c;
        if (expected.equals("ok")) {
            List<Object> events = theCase.changeProcedure(to, TODAY, "案情", consent, TODAY);
            assertThat(theCase.procedure()).isEqualTo(to);
            assertThat(theCase.deadline()).as("a case never loses its deadline").isPresent();
            assertThat(trail(events).action()).isEqualTo("PROCEDURE_CHANGED");
            assertThat(trail(events).changes()).containsOnlyKeys("from", "to", "decidedOn", "reason", "deadline");
        } else {
            refused(() -> theCase.changeProcedure(to, TODAY, "案情", consent, TODAY), 422, expected);
            assertThat(theCase.procedure()).isEqualTo(from);
        }
    }

    /**
     * 民诉解释 第258条: civil limits restart from filing; 刑诉解释 第376条: criminal ones from the decision, so a period
     * excluded before the decision stays on record without counting (the case used to be refused whenever it had one).
     */
    @ParameterizedTest(name = "{0} {1} → {2} decided {3} with {4}: due {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type | from   | to       | decided    | suspension            | due
            民初   | SIMPLE | ORDINARY | 2026-02-01 | -                     | 2026-07-05
            民初   | SIMPLE | ORDINARY | 2026-02-01 | 2026-01-10/2026-01-19 | 2026-07-15
            刑初   | SIMPLE | ORDINARY | 2026-01-20 | -                     | 2026-03-20
            刑初   | SIMPLE | ORDINARY | 2026-01-20 | 2026-01-08/2026-01-10 | 2026-03-20
            """)
    void aConversionRestartsTheLimitAsTheLawSays(String type, Procedure from, Procedure to, LocalDate decided, String suspension,
            LocalDate due) {
        List<Suspension> periods = suspension == null ? List.of() : List.of(Suspension.of(SuspensionReason.STAY,
                LocalDate.parse(suspension.split("/")[0]), LocalDate.parse(suspension.split("/")[1])));
        Case c = kase(type, CourtLevel.BASIC, from, Set.of(), null).suspensions(periods).build();
        c.changeProcedure(to, decided, "转普通程序", false, decided);
        assertThat(c.deadline()).contains(due);
    }

    /** The deadline the deadline store rebuilt (restarts, lapsed extensions) is the one the case moves. */
    @Test
    void theCaseMovesTheDeadlineTheStoreRebuilt() {
        TrialDeadline stored = TrialDeadline.start(DeadlineRules.CIVIL_ORDINARY, FILED.plusDays(20)); // e.g. restarted
        Case c = kase("民初", CourtLevel.BASIC, Procedure.ORDINARY, Set.of(), null).deadline(java.util.Optional.of(stored)).build();
        assertThat(c.deadline()).contains(LocalDate.of(2026, 7, 25));
        c.suspend(SuspensionReason.APPRAISAL, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10), "鉴定", TODAY);
        assertThat(c.deadline()).contains(LocalDate.of(2026, 8, 4));
    }

    // ------------------------------------------------------------------ 审限届满后

    /**
     * 最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定 第1条; 审限规定(2000) 第11–14条: an extension is
     * applied for and decided before expiry, and nothing moves a deadline that has passed. 民初 ordinary filed
     * 2026-01-05: six months end 2026-07-05.
     */
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # verb    | today      | expected
            suspend   | 2026-07-05 | ok
            suspend   | 2026-07-06 | suspension.late
            extend    | 2026-07-05 | ok
            extend    | 2026-07-06 | extension.late
            """)
    void nothingMovesADeadlineThatHasPassed(String verb, LocalDate today, String expected) {
        Case c = kase("民初", CourtLevel.BASIC, Procedure.ORDINARY, Set.of(), null).build();
        Runnable call = verb.equals("suspend")
                ? () -> c.suspend(SuspensionReason.APPRAISAL, FILED.plusDays(30), FILED.plusDays(40), "鉴定", today)
                : () -> c.extend(new Case.Signer(1, "院长"), 6, 0, "案情复杂", today);
        if (expected.equals("ok")) {
            call.run();
            assertThat(c.deadline().orElseThrow()).isAfter(LocalDate.of(2026, 7, 5));
        } else {
            refused(call::run, 409, expected);
            assertThat(c.deadline()).contains(LocalDate.of(2026, 7, 5));
        }
    }

    /** 民诉解释 第140条: a case under simple procedure is not served by public notice — convert it first. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            民初 | SIMPLE       | PUBLIC_NOTICE | suspension.publicNotice
            民初 | SMALL_CLAIMS | PUBLIC_NOTICE | suspension.publicNotice
            民初 | ORDINARY     | PUBLIC_NOTICE | ok
            民初 | SIMPLE       | APPRAISAL     | ok
            刑初 | ORDINARY     | SETTLEMENT    | suspension.reason
            """)
    void aPublicNoticeForcesSimpleProcedureOut(String type, Procedure procedure, SuspensionReason reason, String expected) {
        Case c = kase(type, CourtLevel.BASIC, procedure, Set.of(), new BigDecimal("5000")).build();
        if (expected.equals("ok")) c.suspend(reason, FILED.plusDays(2), FILED.plusDays(9), "", TODAY);
        else refused(() -> c.suspend(reason, FILED.plusDays(2), FILED.plusDays(9), "", TODAY), 422, expected);
    }

    // ------------------------------------------------------------------ 审判组织

    /**
     * No sole judge where the law requires a panel: 民事诉讼法 第40条第2款, 第41条, 第42条; 刑事诉讼法 第183条, 第216条;
     * 行政诉讼法 第68条, 第83条, 第86条.
     */
    @ParameterizedTest(name = "{0} at {1} under {2} [{3}]: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type | court        | procedure         | circumstances / flags             | expected
            民初   | BASIC        | SIMPLE            | -                                 | ok
            民初   | BASIC        | SMALL_CLAIMS      | -                                 | ok
            民初   | BASIC        | ORDINARY          | -                                 | ok
            民初   | INTERMEDIATE | ORDINARY          | -                                 | panel.required
            民初   | BASIC        | ORDINARY          | PUBLIC_INTEREST                   | panel.required
            民初   | BASIC        | ORDINARY          | REMANDED                          | panel.required
            民终   | INTERMEDIATE | SECOND_INSTANCE   | -                                 | panel.required
            民再   | INTERMEDIATE | TRIAL_SUPERVISION | -                                 | panel.required
            刑初   | BASIC        | ORDINARY          | -                                 | panel.required
            刑初   | BASIC        | SIMPLE            | -                                 | ok
            刑初   | BASIC        | SIMPLE            | LIKELY_SENTENCE_OVER_THREE_YEARS  | panel.required
            刑初   | BASIC        | FAST_TRACK        | -                                 | ok
            刑初   | INTERMEDIATE | ORDINARY          | -                                 | panel.required
            刑终   | INTERMEDIATE | SECOND_INSTANCE   | -                                 | panel.required
            行初   | BASIC        | ORDINARY          | -                                 | panel.required
            行初   | BASIC        | SIMPLE            | -                                 | ok
            行终   | INTERMEDIATE | SECOND_INSTANCE   | -                                 | panel.required
            """)
    void aSoleJudgeOnlyWhereTheLawAllowsOne(String type, CourtLevel court, Procedure procedure, String state, String expected) {
        Case c = assigned(kase(type, court, procedure, marks(state), null)).build();
        if (expected.equals("ok")) {
            c.organise(Case.Bench.SOLE, null, List.of(), null);
            assertThat(c.triedBy()).isEqualTo(Case.Bench.SOLE);
        } else {
            refused(() -> c.organise(Case.Bench.SOLE, null, List.of(), null), 422, expected);
        }
    }

    /**
     * A panel: three or more, odd (民事诉讼法 第40条); no people's assessor at second instance (民事诉讼法 第41条;
     * 人民陪审员法); a president or division chief on it presides (人民法院组织法 第30条); nobody recused (民事诉讼法
     * 第47条). Members: id:role[:post], presiding named apart.
     */
    @ParameterizedTest(name = "{0}: presiding {1}, members {2}, recused {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type | presiding          | others                        | recused | expected
            民初   | 2:MEMBER           | 3:MEMBER                      | -       | ok
            民初   | 2:MEMBER           | 3:ASSESSOR, 4:ASSESSOR, 5:MEMBER | -    | ok
            民初   | 2:MEMBER           | 3:MEMBER, 4:MEMBER            | -       | panel.size
            民终   | 2:MEMBER           | 3:ASSESSOR                    | -       | panel.assessor
            民终   | 2:MEMBER           | 3:MEMBER                      | -       | ok
            民初   | 2:MEMBER           | 3:MEMBER:DIVISION_CHIEF       | -       | panel.leaderPresides
            民初   | 2:MEMBER:DIVISION_CHIEF | 3:MEMBER                 | -       | ok
            民初   | 2:MEMBER:DIVISION_CHIEF | 3:MEMBER:PRESIDENT       | -       | panel.leaderPresides
            民初   | 3:MEMBER:PRESIDENT | 2:MEMBER:DIVISION_CHIEF       | -       | ok
            民初   | 1:HANDLING         | 2:MEMBER:DIVISION_CHIEF, 3:MEMBER | -   | panel.leaderPresides
            民初   | 2:MEMBER           | 3:MEMBER                      | 3       | panel.recused
            民初   | 2:MEMBER           | 3:MEMBER                      | 2       | panel.recused
            """)
    void aPanelAsTheLawFormsIt(String type, String presiding, String others, Long recused, String expected) {
        Case.Builder b = assigned(kase(type, CourtLevel.INTERMEDIATE, null, Set.of(), null));
        if (recused != null) b.recusals(List.of(new Case.Recusal(recused, "S" + recused, "近亲属", 9L)));
        Case c = b.build();
        BenchMember head = member(presiding);
        List<BenchMember> rest = Arrays.stream(others.split(",")).map(String::strip).map(CaseTests::member).toList();
        if (expected.equals("ok")) {
            List<Object> events = c.organise(Case.Bench.PANEL, head, rest, "合议");
            assertThat(c.bench()).hasSize(1 + rest.size() + (head.staffId() == 1 ? 0 : 1));
            assertThat(c.bench().stream().filter(BenchMember::presiding).map(BenchMember::staffId)).containsExactly(head.staffId());
            assertThat(trail(events).action()).isEqualTo("TRIAL_ORGANISATION_SET");
            assertThat(trail(events).changes()).containsOnlyKeys("triedBy", "members", "reason");
        } else {
            refused(() -> c.organise(Case.Bench.PANEL, head, rest, "合议"), 422, expected);
        }
    }

    /** 回避 (民事诉讼法 第47条; 刑事诉讼法 第29–32条): recorded with its reason, once; a panel with a recused member signs nothing. */
    @Test
    void aRecusedMemberStopsThePanelUntilItIsReformed() {
        Case c = panel(false).build();
        refused(() -> c.recuse(3, "S3", "三", " ", 9L), 422, "reason.required");
        assertThat(trail(c.recuse(3, "S3", "三", "系当事人近亲属", 9L)).action()).isEqualTo("MEMBER_RECUSED");
        assertThat(c.addedRecusals()).extracting(Case.Recusal::reason).containsExactly("系当事人近亲属");
        refused(() -> c.recuse(3, "S3", "三", "再次", 9L), 409, "recusal.recorded");
        refused(() -> c.sign(new Case.Signer(1, "一"), TODAY), 409, "judgment.recused");
        c.organise(Case.Bench.PANEL, member("2:MEMBER"), List.of(member("4:MEMBER")), "回避后另行组成合议庭");
        assertThat(c.bench()).extracting(BenchMember::staffId).doesNotContain(3L);
    }

    // ------------------------------------------------------------------ 签署

    /**
     * Every panel member signs, 承办法官 first, the other members, 审判长 last; a presiding handling judge signs last
     * (RULES.md "Signing and powers"). The judgment is signed with the last signature. Bench: 1 handling, 2 presiding,
     * 3 member — or, with "handler presides", 1 handling and presiding, 2 and 3 members.
     */
    @ParameterizedTest(name = "handler presides={0}, signers {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # handler presides | signers  | expected (last step)
            false              | 1,3,2    | signed
            false              | 1,3      | partial
            false              | 3        | judgment.order
            false              | 2        | judgment.order
            false              | 1,2      | judgment.order
            false              | 1,1      | judgment.signedBy
            false              | 1,3,2,1  | judgment.signed
            false              | 7        | judgment.notMember
            true               | 2,3,1    | signed
            true               | 3,2,1    | signed
            true               | 2,1      | judgment.order
            """)
    void everyMemberSignsInOrder(boolean handlerPresides, String signers, String expected) {
        Case c = panel(handlerPresides).build();
        List<Long> order = Arrays.stream(signers.split(",")).map(Long::valueOf).toList();
        List<Object> last = List.of();
        for (int i = 0; i < order.size(); i++) {
            Case.Signer signer = new Case.Signer(order.get(i), "S" + order.get(i));
            if (i == order.size() - 1 && expected.startsWith("judgment.")) {
                int status = expected.equals("judgment.notMember") ? 403 : 409;
                refused(() -> c.sign(signer, TODAY), status, expected);
                if (!expected.equals("judgment.signed")) assertThat(c.judgmentSignedOn()).isNull();
                return;
            }
            last = c.sign(signer, TODAY);
        }
        if (expected.equals("signed")) {
            assertThat(c.judgmentSignedOn()).isEqualTo(TODAY);
            assertThat(trail(last).action()).isEqualTo("JUDGMENT_SIGNED");
            assertThat(trail(last).changes()).containsOnlyKeys("by", "committeeDecided");
        } else {
            assertThat(c.judgmentSignedOn()).isNull();
            assertThat(trail(last).action()).isEqualTo("JUDGMENT_SIGNATURE");
        }
    }

    @Test
    void aSoleJudgeSignsAloneAndACommitteeDecisionIsSignedByTheLeader() {
        Case sole = assigned(kase("民初", CourtLevel.BASIC, Procedure.SIMPLE, Set.of(), null)).triedBy(Case.Bench.SOLE).build();
        assertThat(trail(sole.sign(new Case.Signer(1, "一"), TODAY)).action()).isEqualTo("JUDGMENT_SIGNED");
        Case decided = panel(false).committeeDecided(true).build();
        decided.sign(new Case.Signer(99, "院长"), TODAY);
        assertThat(decided.judgmentSignedOn()).isEqualTo(TODAY);
    }

    // ------------------------------------------------------------------ 法院层级

    /**
     * 高级法院审理的行政案件 (行政诉讼法 第81条、第88条: the SPC approves an extension) follows from the court, never from
     * what was typed at filing.
     */
    @ParameterizedTest(name = "{0} at {1}, typed {2}: approver {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            行初 | HIGH         | -                   | SUPREME_COURT
            行初 | BASIC        | TRIED_BY_HIGH_COURT | HIGH_COURT
            行终 | HIGH         | -                   | SUPREME_COURT
            行终 | INTERMEDIATE | TRIED_BY_HIGH_COURT | HIGH_COURT
            """)
    void courtLevelFlagsComeFromTheCourt(String type, CourtLevel court, String typed, ExtensionApprover approver) {
        Case c = kase(type, court, null, marks(typed), null).build();
        assertThat(c.nextExtensionApprover()).isEqualTo(approver);
    }

    /**
     * Who approves an extension (民事诉讼法 第152条; 刑事诉讼法 第208条、第243条; 行政诉讼法 第81条、第88条). Courts: 10 the
     * case's basic court, 20 the intermediate court above it, 30 the high court above both, 40 another intermediate
     * court under 30, 11 another basic court.
     */
    @ParameterizedTest(name = "{0} by {1} {2} of {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # needed      | post           | delegated | court | approves
            PRESIDENT     | PRESIDENT      | false     | 10    | true
            PRESIDENT     | VICE_PRESIDENT | false     | 10    | false
            PRESIDENT     | VICE_PRESIDENT | true      | 10    | true
            PRESIDENT     | DIVISION_CHIEF | true      | 10    | false
            PRESIDENT     | PRESIDENT      | false     | 20    | false
            PRESIDENT     | PRESIDENT      | false     | 11    | false
            UPPER_COURT   | PRESIDENT      | false     | 20    | true
            UPPER_COURT   | VICE_PRESIDENT | false     | 20    | true
            UPPER_COURT   | PRESIDENT      | false     | 30    | false
            UPPER_COURT   | PRESIDENT      | false     | 40    | false
            UPPER_COURT   | PRESIDENT      | false     | 10    | false
            HIGH_COURT    | PRESIDENT      | false     | 30    | true
            HIGH_COURT    | PRESIDENT      | false     | 20    | false
            SUPREME_COURT | PRESIDENT      | false     | 30    | true
            SUPREME_COURT | PRESIDENT      | false     | 20    | false
            SUPREME_COURT | DIVISION_CHIEF | false     | 30    | false
            """)
    void theApproverIsWhomTheLawNames(ExtensionApprover needed, Post post, boolean delegated, long court, boolean approves) {
        CourtLevel level = court == 30 ? CourtLevel.HIGH : court == 20 || court == 40 ? CourtLevel.INTERMEDIATE : CourtLevel.BASIC;
        Set<Long> below = switch ((int) court) {
            case 30 -> Set.of(30L, 20L, 40L, 10L, 11L);
            case 20 -> Set.of(20L, 10L, 11L);
            default -> Set.of(court);
        };
        Case.Approver who = new Case.Approver(Set.of(post), delegated, court, level, below);
        assertThat(Case.approves(needed, who, 10, 20L)).isEqualTo(approves);
    }

    /** 民事诉讼法 第165条: 小额诉讼 实行一审终审 — its judgment cannot be appealed. */
    @ParameterizedTest(name = "{0}: appealable {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SMALL_CLAIMS | false
            SIMPLE       | true
            ORDINARY     | true
            """)
    void smallClaimsJudgmentsAreFinal(Procedure procedure, boolean appealable) {
        assertThat(procedure.finalAtFirstInstance()).isEqualTo(!appealable);
    }

    // ------------------------------------------------------------------ 分案

    /**
     * 分案: a judge withdrawn from the case does not handle it (民事诉讼法 第47条; 刑事诉讼法 第29条); 指定分案 and 转办 need
     * a reason; 转办 at most as often as configured (here twice); a closed case is not assigned.
     */
    @ParameterizedTest(name = "{0} of {1}, reason {2}, recused {3}, moved {4}×, closed {5}: {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind      | judge | reason | recused | reassigned | closed | expected
            RANDOM      | 7     | -      | -       | 0          | false  | ok
            DESIGNATED  | 7     | 串案   | -       | 0          | false  | ok
            DESIGNATED  | 7     | -      | -       | 0          | false  | reason.required
            REASSIGNED  | 7     | 病假   | -       | 1          | false  | ok
            REASSIGNED  | 7     | -      | -       | 0          | false  | reason.required
            REASSIGNED  | 7     | 病假   | -       | 2          | false  | assignment.limit
            RANDOM      | 7     | -      | 7       | 0          | false  | assignment.recused
            DESIGNATED  | 7     | 串案   | 7       | 0          | false  | assignment.recused
            DESIGNATED  | 7     | 串案   | 8       | 0          | false  | ok
            RANDOM      | 7     | -      | -       | 0          | true   | case.closed
            """)
    void anAssignmentKeepsItsRules(Case.AssignmentKind kind, long judge, String reason, Long recused, int reassigned,
            boolean closed, String expected) {
        Case.Builder b = kase("民初", CourtLevel.BASIC, Procedure.SIMPLE, Set.of(), null).status(CaseStatus.DIVERTED)
                .reassignments(reassigned);
        if (recused != null) b.recusals(List.of(new Case.Recusal(recused, "S" + recused, "利害关系", 99L)));
        if (closed) b.closed(TODAY, CloseMethod.MEDIATION);
        Case c = b.build();
        Case.Assignment a = new Case.Assignment(kind, member(judge + ":HANDLING"), "", "抽取", reason, null);
        if (!"ok".equals(expected)) {
            refused(() -> c.assign(a, 2), expected.equals("assignment.limit") || expected.equals("case.closed") ? 409 : 422, expected);
            return;
        }
        List<Object> events = c.assign(a, 2);
        assertThat(c.handlerId()).isEqualTo(judge);
        assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(c.bench()).extracting(BenchMember::staffId, BenchMember::role).containsExactly(org.assertj.core.groups.Tuple.tuple(judge, Role.HANDLING));
        assertThat(trail(events).action()).isEqualTo("CASE_" + kind.name());
        assertThat(c.addedAssignment()).isEqualTo(a);
    }

    /**
     * The trial organisation a newly assigned case starts with: a panel where the law requires one (民事诉讼法 第41条:
     * 二审; 刑事诉讼法 第183条) or the case is complex; else the judge alone (民事诉讼法 第40条第2款). 转办 keeps the bench
     * already formed and replaces only the handling judge.
     */
    @ParameterizedTest(name = "{0} {1} track {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            民初 | SIMPLE          | SIMPLE  | SOLE
            民初 | ORDINARY        | COMPLEX | PANEL
            民终 | SECOND_INSTANCE | SIMPLE  | PANEL
            刑初 | ORDINARY        | -       | PANEL
            """)
    void aNewlyAssignedCaseStartsWithTheBenchTheLawRequires(String type, Procedure procedure,
            org.quanze.casefile.domain.diversion.Track track, Case.Bench expected) {
        CourtLevel court = type.equals("民终") ? CourtLevel.INTERMEDIATE : CourtLevel.BASIC;
        Case c = kase(type, court, procedure, Set.of(), null).track(track).status(CaseStatus.DIVERTED).build();
        c.assign(new Case.Assignment(Case.AssignmentKind.RANDOM, member("7:HANDLING"), "", "抽取", null, null), 2);
        assertThat(c.triedBy()).isEqualTo(expected);

        Case formed = panel(false).build();
        formed.assign(new Case.Assignment(Case.AssignmentKind.REASSIGNED, member("9:HANDLING"), "", "转办", "调岗", 5L), 2);
        assertThat(formed.bench()).extracting(BenchMember::staffId).containsExactly(2L, 9L, 3L);
        assertThat(formed.handlerId()).isEqualTo(9L);
    }

    // ------------------------------------------------------------------ 开庭

    /** 开庭: a time and a courtroom; a hearing is held once; the case counts as heard, a streamed one as 直播. */
    @Test
    void aHearingIsScheduledWithTimeAndRoomAndHeldOnce() {
        java.time.Instant at = java.time.Instant.parse("2026-01-20T01:30:00Z");
        Case c = assigned(kase("民初", CourtLevel.BASIC, Procedure.SIMPLE, Set.of(), null))
                .hearings(List.of(new Case.Hearing(5L, at, "第一法庭", true, false)), false).build();
        refused(() -> c.scheduleHearing(null, "第一法庭", false), 422, "hearing.invalid");
        refused(() -> c.scheduleHearing(at, " ", false), 422, "hearing.invalid");
        assertThat(trail(c.scheduleHearing(at.plusSeconds(86400), " 第二法庭 ", false)).changes().get("courtroom")).isEqualTo("第二法庭");
        assertThat(c.addedHearings()).hasSize(1);
        refused(() -> c.holdHearing(6L), 409, "hearing.held");
        c.holdHearing(5L);
        assertThat(c.status()).isEqualTo(CaseStatus.HEARD);
        assertThat(c.hearingLiveStreamed()).isTrue();
        refused(() -> c.holdHearing(5L), 409, "hearing.held");
        c.close(new Case.Closing(TODAY, "调解", null, null, null), TODAY);
        refused(() -> c.scheduleHearing(at, "第一法庭", false), 409, "case.closed");
    }

    // ------------------------------------------------------------------ 送达

    /**
     * 送达 (民事诉讼法 第87–95条): the day served as the method gives it — 公告送达 thirty days after publication
     * (第95条), the others the date the record bears (第87条 签收, 第89条 留置, 第90条 到达, 第91条 回执); electronic
     * service only with consent (第90条); a public notice with its reason (第95条); the date between filing and today.
     */
    @ParameterizedTest(name = "{0} on {1} consent={2} note={3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # method      | date       | consent | note       | expected (served on, or the refused field)
            DIRECT        | 2026-01-10 | false   | -          | 2026-01-10
            LEFT          | 2026-01-10 | false   | -          | 2026-01-10
            POSTAL        | 2026-01-12 | false   | -          | 2026-01-12
            ELECTRONIC    | 2026-01-12 | true    | -          | 2026-01-12
            ELECTRONIC    | 2026-01-12 | false   | -          | consent
            PUBLIC_NOTICE | 2026-01-15 | false   | 下落不明   | 2026-02-14
            PUBLIC_NOTICE | 2026-01-15 | false   | -          | note
            DIRECT        | 2026-01-04 | false   | -          | servedOn
            DIRECT        | 2026-02-02 | false   | -          | servedOn
            """)
    void aServiceCountsAsTheMethodSays(ServiceMethod method, LocalDate on, boolean consent, String note, String expected) {
        Case c = assigned(kase("民初", CourtLevel.BASIC, Procedure.SIMPLE, Set.of(), null)).build();
        if (!expected.startsWith("2026")) {
            Throwable refused = catchThrowable(() -> c.recordService("判决书", "张三", method, on, consent, note, TODAY));
            assertThat(((DomainException) refused).code()).isEqualTo("service.invalid");
            assertThat(((DomainException) refused).errors()).extracting(DomainException.FieldError::field).containsExactly(expected);
            return;
        }
        Recorded r = trail(c.recordService(" 判决书 ", "张三", method, on, consent, note, TODAY));
        assertThat(r.action()).isEqualTo("SERVICE_RECORDED");
        assertThat(r.changes().get("servedOn")).isEqualTo(expected);
        assertThat(c.addedServices()).singleElement().satisfies(s -> {
            assertThat(s.document()).isEqualTo("判决书");
            assertThat(s.servedOn()).isEqualTo(LocalDate.parse(expected));
        });
    }

    /** A judgment is served after the case closes; an archived file takes no more records. */
    @Test
    void serviceGoesOnAfterClosingUntilArchiving() {
        Case c = assigned(kase("民初", CourtLevel.BASIC, Procedure.SIMPLE, Set.of(), null)).closed(TODAY, CloseMethod.MEDIATION)
                .status(CaseStatus.CLOSED).build();
        c.recordService("调解书", "张三", ServiceMethod.DIRECT, TODAY, false, null, TODAY);
        c.archive(TODAY, TODAY);
        refused(() -> c.recordService("调解书", "李四", ServiceMethod.DIRECT, TODAY, false, null, TODAY), 409, "case.archived");
    }

    // ------------------------------------------------------------------ 上诉与移送

    /**
     * 上诉登记: only a closed first-instance case closed by a judgment or an appealable ruling (民事诉讼法 第157条、第171条),
     * never a small-claims judgment (第165条); the dates not before the closing, not after today. 移送 only where a file
     * goes up (an appeal recorded) or back down (a 发回重审 second-instance case), not before the appeal.
     */
    @ParameterizedTest(name = "{0} {1} closed by {2}: appeal on {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type | procedure       | close method | appeal on  | expected
            民初   | SIMPLE          | 判决         | 2026-01-25 | ok
            民初   | ORDINARY        | 驳回起诉     | 2026-01-25 | ok
            民初   | ORDINARY        | 不予受理     | 2026-01-25 | ok
            民初   | SIMPLE          | 调解         | 2026-01-25 | appeal.not-appealable
            民初   | SIMPLE          | 撤诉         | 2026-01-25 | appeal.not-appealable
            民初   | SMALL_CLAIMS    | 判决         | 2026-01-25 | appeal.not-appealable
            民终   | SECOND_INSTANCE | 判决         | 2026-01-25 | appeal.not-appealable
            民初   | SIMPLE          | -            | 2026-01-25 | appeal.not-appealable
            民初   | SIMPLE          | 判决         | 2026-01-10 | appeal.dates
            民初   | SIMPLE          | 判决         | 2026-02-02 | appeal.dates
            """)
    void onlyAnAppealableDecisionIsAppealed(String type, Procedure procedure, String method, LocalDate appealOn,
            String expected) {
        LocalDate closedOn = LocalDate.of(2026, 1, 20);
        CourtLevel court = type.equals("民终") ? CourtLevel.INTERMEDIATE : CourtLevel.BASIC;
        Case.Builder b = assigned(kase(type, court, procedure, Set.of(), null));
        if (method != null) b.closed(closedOn, CloseMethod.ofLabel(method)).status(CaseStatus.CLOSED);
        Case c = b.build();
        if (!"ok".equals(expected)) {
            refused(() -> c.recordAppeal(appealOn, null, TODAY), expected.equals("appeal.dates") ? 422 : 409, expected);
            return;
        }
        refused(() -> c.recordTransfer(TODAY, TODAY), 409, "transfer.nothing-to-send");
        assertThat(trail(c.recordAppeal(appealOn, null, TODAY)).action()).isEqualTo("APPEAL_RECORDED");
        assertThat(c.appealOn()).isEqualTo(appealOn);
        refused(() -> c.recordTransfer(appealOn.minusDays(1), TODAY), 422, "transfer.date");
        c.recordTransfer(appealOn.plusDays(3), TODAY);
        assertThat(c.transferredOn()).isEqualTo(appealOn.plusDays(3));
    }

    /** 发回重审: the second-instance case's file goes back to the court below, dated from its closing. */
    @Test
    void aRemandedSecondInstanceFileGoesBackDown() {
        Case c = assigned(kase("民终", CourtLevel.INTERMEDIATE, Procedure.SECOND_INSTANCE, Set.of(), null))
                .closed(LocalDate.of(2026, 1, 20), CloseMethod.REMANDED).reviewResult(ReviewResult.REMANDED)
                .status(CaseStatus.CLOSED).build();
        assertThat(c.remanded()).isTrue();
        refused(() -> c.recordTransfer(LocalDate.of(2026, 1, 19), TODAY), 422, "transfer.date");
        assertThat(trail(c.recordTransfer(LocalDate.of(2026, 1, 22), TODAY)).changes().get("to")).isEqualTo("原审法院（发回重审）");
    }

    // ------------------------------------------------------------------ 结案、归档

    @Test
    void closingAndArchivingKeepTheirRulesAndEvents() {
        Case c = assigned(kase("民初", CourtLevel.BASIC, Procedure.SIMPLE, Set.of(), null)).triedBy(Case.Bench.SOLE).build();
        refused(() -> c.close(new Case.Closing(TODAY, "判决", null, null, null), TODAY), 422, "case.close");
        refused(() -> c.close(new Case.Closing(TODAY, "随便", null, null, null), TODAY), 422, "case.close");
        refused(() -> c.archive(TODAY, TODAY), 409, "case.open");
        List<Object> events = c.close(new Case.Closing(TODAY, "调解", null, null, null), TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closeMethod()).isEqualTo(CloseMethod.MEDIATION);
        assertThat(trail(events).changes().get("withinDeadline")).isEqualTo(true);
        assertThat(trail(events).changes().get("closeMethod")).isEqualTo("调解");
        refused(() -> c.suspend(SuspensionReason.APPRAISAL, TODAY, TODAY, "", TODAY), 409, "case.closed");
        c.archive(null, TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.ARCHIVED);
    }

    // ------------------------------------------------------------------ helpers

    /** Circumstances, case flags and the states HEARD / PUBLIC_NOTICE, '+'-separated. */
    private static Set<String> marks(String text) {
        return text == null ? Set.of() : Set.of(text.split("\\+"));
    }

    private static Case.Builder kase(String code, CourtLevel court, Procedure procedure, Set<String> marks, BigDecimal amount) {
        CaseType type = CaseType.fromCode(code);
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        for (String m : marks) {
            Arrays.stream(Circumstance.values()).filter(k -> k.name().equals(m)).forEach(circumstances::add);
            Arrays.stream(CaseFlag.values()).filter(k -> k.name().equals(m)).forEach(flags::add);
        }
        return Case.builder().id(1).caseNumber("（2026）吉0102" + code + "1号").court(1, court).type(type).filedOn(FILED)
                .flags(flags).procedure(procedure == null ? type.defaultProcedure() : procedure)
                .status(marks.contains("HEARD") ? CaseStatus.HEARD : CaseStatus.ASSIGNED)
                .facts(new DiversionFacts(type.category().name(), code, "", "", amount, "", circumstances));
    }

    private static Case.Builder assigned(Case.Builder b) {
        return b.handlerId(1L).bench(List.of(new BenchMember(1, "S1", "一", Role.HANDLING, false, Set.of())));
    }

    /** 1 handling, 2 presiding, 3 member; or 1 handling and presiding, 2 and 3 members. */
    private static Case.Builder panel(boolean handlerPresides) {
        List<BenchMember> bench = new ArrayList<>();
        bench.add(new BenchMember(1, "S1", "一", Role.HANDLING, handlerPresides, Set.of()));
        bench.add(new BenchMember(2, "S2", "二", handlerPresides ? Role.MEMBER : Role.PRESIDING, !handlerPresides, Set.of()));
        bench.add(new BenchMember(3, "S3", "三", Role.MEMBER, false, Set.of()));
        return kase("民初", CourtLevel.BASIC, Procedure.ORDINARY, Set.of(), null).handlerId(1L).triedBy(Case.Bench.PANEL).bench(bench);
    }

    /** "id:ROLE[:POST]". */
    private static BenchMember member(String spec) {
        String[] p = spec.split(":");
        long id = Long.parseLong(p[0]);
        return new BenchMember(id, "S" + id, "人" + id, Role.valueOf(p[1]), false,
                p.length > 2 ? Set.of(Post.valueOf(p[2])) : Set.of());
    }

    private static Recorded trail(List<Object> events) {
        return (Recorded) events.get(0);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String code) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        assertThat(((DomainException) thrown).code()).isEqualTo(code);
        assertThat(((DomainException) thrown).status()).isEqualTo(status);
    }
}
