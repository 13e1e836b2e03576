package org.quanze.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.disclosure.AnonymisationPolicy;

/** 法释〔2016〕19号 第8–11条 on short judgments: who is hidden, the 第9条 forms, what 第11条 keeps. */
class AnonymiserTests {

    /** The rules alone, without the statistical recogniser, so each table row tests the document's structure. */
    private final Anonymiser anonymiser = new Anonymiser(NameRecogniser.NONE);

    private String mask(String text, AnonymisationPolicy policy) {
        return anonymiser.anonymise(text, policy, List.of()).text();
    }

    /** 第9条: surname + 某, compound surnames whole, minority and foreign names by their first character, English by the first letter. */
    @ParameterizedTest(name = "第9条: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "证人张三丰的证言，证实案发经过。|证人张某的证言，证实案发经过。",
            "证人欧阳明华的证言，证实案发经过。|证人欧阳某的证言，证实案发经过。",
            "证人司马光的证言，证实案发经过。|证人司马某的证言，证实案发经过。",
            "证人汪洋、吴春梅、吉克阿依的证言，证实案发经过。|证人汪某、吴某、吉某的证言，证实案发经过。",
            "证人凯文·沃尔什（Kevin Walsh，英国籍）的证言。|证人凯某（K，英国籍）的证言。",
            "被害人余森杰（英文姓名YU SUM KIT，香港居民）报案。|被害人余某（英文姓名Y，香港居民）报案。"})
    void art9Forms(String raw, String published) {
        assertThat(mask(raw, AnonymisationPolicy.RULE_2016)).isEqualTo(published);
    }

    /** 第9条: colliding forms are numbered in order of first appearance, the same person always the same way. */
    @Test
    void art9CollisionsAreNumberedInOrderOfAppearance() {
        String raw = "被害人王海军、王志刚，证人马永福。王志刚报警后，王海军被送医。马永福称王海军受伤。";
        assertThat(mask(raw, AnonymisationPolicy.RULE_2016))
                .isEqualTo("被害人王某1、王某2，证人马某。王某2报警后，王某1被送医。马某称王某1受伤。");
    }

    /** 第8条(二) and 第11条: victims and witnesses hidden, the defendant, judges, clerk, defender and case number kept. */
    @Test
    void art8CriminalCaseHidesVictimsAndWitnessesAndKeepsTheRest() {
        String raw = """
                （2014）厦刑终字第170号
                上诉人（原审被告人）贺明军，男，1980年1月2日出生。
                辩护人林志，福建某律师事务所律师。
                被告人贺明军持刀抢劫被害人刘建平，证人郎文斌的证言证实。
                审判长余强
                审判员郑婉红
                书记员林华琦
                """;
        String out = mask(raw, AnonymisationPolicy.RULE_2016);
        assertThat(out).contains("（2014）厦刑终字第170号", "贺明军", "林志", "被害人刘某", "证人郎某", "审判长余强",
                "审判员郑婉红", "书记员林华琦");
        assertThat(mask(raw, AnonymisationPolicy.ALL_PARTIES)).contains("上诉人（原审被告人）贺某", "审判长余强", "林志")
                .doesNotContain("贺明军");
    }

    /** 第8条(一)(三): in a divorce case both parties and the child are hidden, the child numbered with the mother. */
    @Test
    void art8FamilyCaseHidesPartiesAndChildren() {
        String raw = "原告马春燕与被告惠建峰离婚纠纷一案。2012年5月12日生一女马欣怡，现随原告马春燕生活。";
        assertThat(mask(raw, AnonymisationPolicy.RULE_2016))
                .isEqualTo("原告马某1与被告惠某离婚纠纷一案。2012年5月12日生一女马某2，现随原告马某1生活。");
    }

    /** 第8条(三): a defendant with a legal representative is a minor; both are hidden. */
    @Test
    void art8MinorDefendantAndRepresentative() {
        String raw = "上诉人（原审被告人）张浩然，男，1997年3月8日出生。\n法定代理人张建国，系张浩然之父。\n"
                + "原审被告人李大成，男，1990年1月1日出生。";
        String out = mask(raw, AnonymisationPolicy.RULE_2016);
        assertThat(out).contains("上诉人（原审被告人）张某1", "法定代理人张某2，系张某1之父", "李大成");
    }

    /** Where the characters after a role word leave the name's end open, HanLP's name model decides. */
    @Test
    void theRecogniserEndsANameTheStructureLeavesOpen() {
        String raw = "证人李明亮签字确认。";
        assertThat(mask(raw, AnonymisationPolicy.RULE_2016)).isEqualTo(raw);
        assertThat(new Anonymiser(new HanLpNames()).anonymise(raw, AnonymisationPolicy.RULE_2016, List.of()).text())
                .isEqualTo("证人李某签字确认。");
    }

    /** HanLP's name model, loaded once for the rows that need it (the rules ask it to confirm a name). */
    private static final Anonymiser WITH_RECOGNISER = new Anonymiser(new HanLpNames());

    /** The opening of a criminal judgment: a defendant (a party, kept under 第11条), his defender and the judge. */
    private static final String CRIMINAL_OPENING = """
            刑事判决书
            上诉人（原审被告人）钱永胜，男，1979年4月3日出生。
            辩护人包立新，某律师事务所律师。
            """;

    /**
     * 第8条(二): a private person the facts of a criminal judgment name without a role word — by his particulars in
     * a note after the name, by a private relation to someone, or by another word for the victim — is hidden; the
     * defendant (第11条), the defender, the judge and whoever a note marks as an offender dealt with elsewhere stay.
     */
    @ParameterizedTest(name = "第8条(二) private person: {0}")
    @CsvSource(delimiter = '|', value = {
            // particulars in a note right after the name (residence, sex and birth, age at death, telephone)
            "钱永胜将其师傅周建新（住某市某区某路8号）骗至郊外，周建新当场死亡。|钱永胜将其师傅周某（住某市某区）骗至郊外，周某当场死亡。",
            "案发当晚，钱永胜与黄晓峰（男，1985年3月生）饮酒。|案发当晚，钱永胜与黄某（男，1985年3月生）饮酒。",
            "钱永胜持刀追砍，韩立冬（殁年42岁）倒地不起。|钱永胜持刀追砍，韩某（殁年42岁）倒地不起。",
            "钱永胜打电话给卢嘉怡（电话号码13912345678）索要财物。|钱永胜打电话给卢某索要财物。",
            // a private relation to someone before the name
            "钱永胜的女友许婷婷目睹了经过，许婷婷随即报警。|钱永胜的女友许某目睹了经过，许某随即报警。",
            "钱永胜将邻居孟庆丰的电动车骑走，孟庆丰发现后报警。|钱永胜将邻居孟某的电动车骑走，孟某发现后报警。",
            // the person the crime killed or injured
            "钱永胜持刀捅刺，致费立强当场死亡。|钱永胜持刀捅刺，致费某当场死亡。",
            // other words for the victim
            "死者乔丽华被送往医院后不治。|死者乔某被送往医院后不治。",
            "受害人苗春来的财物被抢走。|受害人苗某的财物被抢走。",
            // negative: the defendant is a party, kept under 第11条 whatever the note says
            "钱永胜（住某市某区某路8号）于次日投案。|钱永胜（住某市某区）于次日投案。",
            // negative: the defender, kept under 第11条, named with a relation and a telephone
            "钱永胜的朋友包立新（电话号码13912345678）为其辩护。|钱永胜的朋友包立新为其辩护。",
            // negative: a note on an offender dealt with elsewhere
            "钱永胜伙同邵德明（男，另案处理）抢劫。|钱永胜伙同邵德明（男，另案处理）抢劫。",
            // negative: a note that does not open with particulars; words after a relation that are no name
            "扣押黑色钱包一只（内有身份证一张）。|扣押黑色钱包一只（内有身份证一张）。",
            "钱永胜在朋友圈发布照片，其同事关系融洽。|钱永胜在朋友圈发布照片，其同事关系融洽。",
            "钱永胜的父亲代其退赔，其妻子于其归案后和他离婚。|钱永胜的父亲代其退赔，其妻子于其归案后和他离婚。",
            "钱永胜的父亲高兴地说，其父亲高兴地笑了。|钱永胜的父亲高兴地说，其父亲高兴地笑了。",
            "钱永胜驾车致一人死亡、致路人受伤、致其重伤。|钱永胜驾车致一人死亡、致路人受伤、致其重伤。",
            // negative: a relation word before a name the document never repeats: too little to tell a name from words
            "钱永胜的表哥葛云飞开车送其回家。|钱永胜的表哥葛云飞开车送其回家。"})
    void art8PrivatePersonsNamedInTheFactsOfACriminalCase(String facts, String published) {
        String out = WITH_RECOGNISER.anonymise(CRIMINAL_OPENING + facts + "\n审判长邓国华\n", AnonymisationPolicy.RULE_2016,
                List.of()).text();
        assertThat(out).isEqualTo(CRIMINAL_OPENING + published + "\n审判长邓国华\n");
    }

    /** 第11条: the judge stays though the facts name him with the same pattern; 第8条(二) concerns criminal cases only. */
    @Test
    void art8PrivatePersonRuleSparesStaffAndCivilCases() {
        String withJudge = CRIMINAL_OPENING + "钱永胜的邻居邓国华（住某市某区某路8号）在场。\n审判长邓国华\n";
        assertThat(WITH_RECOGNISER.anonymise(withJudge, AnonymisationPolicy.RULE_2016, List.of()).text())
                .contains("邻居邓国华（住某市某区）", "审判长邓国华");
        assertThat(WITH_RECOGNISER.anonymise(withJudge, AnonymisationPolicy.ALL_PARTIES, List.of()).text())
                .contains("上诉人（原审被告人）钱某", "辩护人包立新", "邻居邓国华（住某市某区）", "审判长邓国华");
        String civil = "民事判决书\n原告钱永胜，男。\n被告孙立业，男。\n原告的邻居马文涛（住某市某区某路8号）作证。\n";
        assertThat(WITH_RECOGNISER.anonymise(civil, AnonymisationPolicy.RULE_2016, List.of()).text())
                .contains("邻居马文涛（住某市某区）");
    }

    /** Without the recogniser only a name whose start punctuation marks is read after a note; a relation needs it. */
    @Test
    void art8PrivatePersonRuleWithoutTheRecogniser() {
        String raw = CRIMINAL_OPENING + "钱永胜追砍，韩立冬（殁年42岁）倒地。其妻子许婷婷报警，许婷婷称其受伤。\n";
        assertThat(mask(raw, AnonymisationPolicy.RULE_2016)).contains("，韩某（殁年42岁）", "其妻子许婷婷报警，许婷婷称");
    }

    /** Parties the platform knows are hidden even where the text gives no role word. */
    @Test
    void knownPartiesAreUsed() {
        Anonymisation a = anonymiser.anonymise("张远航被陈国富勒死。", AnonymisationPolicy.RULE_2016,
                List.of(new KnownParty("张远航", "被害人", false)));
        assertThat(a.text()).isEqualTo("张某被陈国富勒死。");
        assertThat(a.spans()).singleElement().satisfies(s -> {
            assertThat(s.start()).isZero();
            assertThat(s.end()).isEqualTo(3);
            assertThat(s.type()).isEqualTo(SpanType.NAME);
            assertThat(s.rule()).startsWith("Art8(2)");
        });
    }

    /** All-parties policy: a legal person is anonymised too. */
    @Test
    void allPartiesPolicyHidesOrganisations() {
        String raw = "原告长春华鑫商贸有限公司，住所地长春市。被告李大成，男。";
        assertThat(mask(raw, AnonymisationPolicy.ALL_PARTIES)).contains("原告长某有限公司", "被告李某");
        assertThat(mask(raw, AnonymisationPolicy.RULE_2016)).isEqualTo(raw);
    }
}
