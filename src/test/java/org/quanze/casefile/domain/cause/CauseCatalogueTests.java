package org.quanze.casefile.domain.cause;

import org.quanze.casefile.domain.CaseCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CauseCatalogueTests {

    private static final CauseCatalogue CATALOGUE = CauseCatalogue.loadDefault();

    @Test
    void shippedCatalogueHasUniqueCodesAndEveryParentExists() {
        List<Cause> all = CATALOGUE.all();

        assertThat(all).extracting(Cause::code).doesNotHaveDuplicates();
        assertThat(all).filteredOn(c -> !c.isRoot())
                .allSatisfy(c -> assertThat(CATALOGUE.findByCode(c.parentCode())).isPresent());
        assertThat(all).hasSizeGreaterThanOrEqualTo(120);
    }

    @Test
    void civilRootsAreTheElevenPartsOfThe2020Provisions() { // 民事案件案由规定 (法〔2020〕347号)
        assertThat(CATALOGUE.roots(CaseCategory.CIVIL)).extracting(Cause::name).containsExactly(
                "人格权纠纷", "婚姻家庭、继承纠纷", "物权纠纷", "合同、准合同纠纷", "知识产权与竞争纠纷",
                "劳动争议、人事争议", "海事海商纠纷", "与公司、证券、保险、票据等有关的民事纠纷",
                "侵权责任纠纷", "非讼程序案件案由", "特殊诉讼程序案件案由");
    }

    @Test
    void criminalRootsAreTheTenChaptersOfTheSpecialPartWithAtLeastFortyCharges() { // 刑法分则
        assertThat(CATALOGUE.roots(CaseCategory.CRIMINAL)).hasSize(10)
                .extracting(Cause::name).startsWith("危害国家安全罪", "危害公共安全罪").endsWith("军人违反职责罪");
        assertThat(CATALOGUE.all()).filteredOn(c -> c.category() == CaseCategory.CRIMINAL && c.level() == 2)
                .hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void administrativeRootsAreKindsOfAdministrativeAct() { // 行政诉讼法 第12条
        assertThat(CATALOGUE.roots(CaseCategory.ADMINISTRATIVE)).extracting(Cause::name).contains(
                "行政处罚", "行政强制", "行政许可", "行政征收或者征用", "政府信息公开", "行政登记",
                "行政确认", "行政给付", "行政协议", "不履行法定职责", "行政赔偿");
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', value = {
            "离婚纠纷           | 婚姻家庭、继承纠纷/婚姻家庭纠纷/离婚纠纷",
            "抚养纠纷           | 婚姻家庭、继承纠纷/婚姻家庭纠纷/抚养纠纷",
            "继承纠纷           | 婚姻家庭、继承纠纷/继承纠纷",
            "买卖合同纠纷       | 合同、准合同纠纷/合同纠纷/买卖合同纠纷",
            "民间借贷纠纷       | 合同、准合同纠纷/合同纠纷/借款合同纠纷/民间借贷纠纷",
            "金融借款合同纠纷   | 合同、准合同纠纷/合同纠纷/借款合同纠纷/金融借款合同纠纷",
            "信用卡纠纷         | 合同、准合同纠纷/合同纠纷/银行卡纠纷/信用卡纠纷",
            "房屋租赁合同纠纷   | 合同、准合同纠纷/合同纠纷/租赁合同纠纷/房屋租赁合同纠纷",
            "物业服务合同纠纷   | 合同、准合同纠纷/合同纠纷/物业服务合同纠纷",
            "建设工程施工合同纠纷 | 合同、准合同纠纷/合同纠纷/建设工程合同纠纷/建设工程施工合同纠纷",
            "劳动合同纠纷       | 劳动争议、人事争议/劳动争议/劳动合同纠纷",
            "追索劳动报酬纠纷   | 劳动争议、人事争议/劳动争议/劳动合同纠纷/追索劳动报酬纠纷",
            "机动车交通事故责任纠纷 | 侵权责任纠纷/侵权责任纠纷/机动车交通事故责任纠纷",
            "提供劳务者受害责任纠纷 | 侵权责任纠纷/侵权责任纠纷/提供劳务者受害责任纠纷",
            "盗窃罪             | 侵犯财产罪/盗窃罪",
            "危险驾驶罪         | 危害公共安全罪/危险驾驶罪",
            "贩卖毒品罪         | 妨害社会管理秩序罪/走私、贩卖、运输、制造毒品罪/贩卖毒品罪",
            "受贿罪             | 贪污贿赂罪/受贿罪",
            "罚款               | 行政处罚/罚款",
            "扣押财物           | 行政强制/行政强制措施/扣押财物",
    })
    void pathOfRunsFromLevelOneToTheCause(String name, String path) {
        Cause cause = CATALOGUE.findByName(name).get(0);

        assertThat(String.join("/", CATALOGUE.pathOf(cause.code()))).isEqualTo(path);
        assertThat(cause.level()).isEqualTo(path.split("/").length);
    }

    @Test
    void findByNameReturnsTheMostSpecificFirstWhenTheProvisionsRepeatAName() {
        assertThat(CATALOGUE.findByName("不当得利纠纷")).extracting(Cause::level).containsExactly(3, 2);
        assertThat(CATALOGUE.findByName("没有这个案由")).isEmpty();
    }

    @Test
    void findByCodeAndChildren() {
        assertThat(CATALOGUE.findByCode("C4.01.022.03")).map(Cause::name).hasValue("民间借贷纠纷");
        assertThat(CATALOGUE.findByCode("C99")).isEmpty();
        assertThat(CATALOGUE.childrenOf("C2")).extracting(Cause::name).containsExactly("婚姻家庭纠纷", "继承纠纷");
        assertThat(CATALOGUE.childrenOf("C2.01.003")).isEmpty(); // 离婚纠纷 is a leaf
        assertThat(CATALOGUE.pathOf("C99")).isEmpty();
    }

    @Test
    void isWithinRespectsTheDotBoundary() {
        assertThat(Cause.isWithin("C1.01.003", "C1.01")).isTrue();
        assertThat(Cause.isWithin("C1.01", "C1.01")).isTrue();
        assertThat(Cause.isWithin("C10.01", "C1")).isFalse();
        assertThat(Cause.isWithin("", "C1")).isFalse();
    }

    /** Rows are separated by '/' in the table; the header is added by the test. */
    @ParameterizedTest(name = "rejects: {1}")
    @CsvSource(delimiter = '|', value = {
            "C1,甲,1,,CIVIL/C1,乙,1,,CIVIL                          | duplicate code C1",
            "C1,甲,1,,CIVIL/C1.01,乙,2,C9,CIVIL                      | parent C9 does not exist",
            "C1,甲,1,,CIVIL/C1.01,乙,2,C1,CIVIL/C1.01.001,丙,2,C1.01,CIVIL | under a level-2 parent",
            "C1,甲,1,,CIVIL/C1.01,乙,2,C1,ADMINISTRATIVE               | category differs from parent",
            "C1,甲,1,,CIVIL/C2.01,乙,2,C1,CIVIL                      | must be parent code C1",
            "X1,甲,1,,CIVIL                                          | does not fit category CIVIL",
            "C1,甲,1,,CIVIL/C1.01,乙,2,C1,CIVIL/C1.02,乙,2,C1,CIVIL    | name 乙 appears twice under C1",
            "C1,甲,one,,CIVIL                                        | line 1",
            "C1,甲,1,,FAMILY                                         | unknown case category",
            "C1,甲,1,C0,CIVIL                                        | level 1 needs no parent_code",
    })
    void invalidCataloguesAreRejected(String rows, String message) {
        String csv = "code,name,level,parent_code,category\n" + rows.replace('/', '\n');

        assertThatThrownBy(() -> CauseCatalogue.load(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aWrongHeaderIsRejected() {
        assertThatThrownBy(() -> CauseCatalogue.load(new StringReader("code,name,level,parent,category\nC1,甲,1,,CIVIL")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header must be");
    }
}
