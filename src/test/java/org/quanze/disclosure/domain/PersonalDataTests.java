package org.quanze.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.disclosure.AnonymisationPolicy;

/** 法释〔2016〕19号 第10条: what is deleted, with valid and invalid check digits. */
class PersonalDataTests {

    private final Anonymiser anonymiser = new Anonymiser(NameRecogniser.NONE);

    @ParameterizedTest(name = "第10条 {2}: {0}")
    @CsvSource(delimiter = '|', value = {
            // resident ID: GB 11643 check digit valid → deleted with its label; the same digits with a wrong check digit
            // and no label are no resident ID
            "被告李大成，公民身份号码610525199004162226。|被告李大成。|id valid",
            "被告李大成，身份证号码37142619860429051X。|被告李大成。|id valid X",
            "单据编号610525199004162227。|单据编号610525199004162227。|id invalid check digit, no label",
            "被告李大成，公民身份号码610525199004162227。|被告李大成。|id invalid check digit, labelled",
            // bank card: Luhn valid → deleted; invalid and unlabelled → kept
            "转入（卡号6222021602003571280）后取走。|转入后取走。|card luhn valid",
            "转入6222021602003571280后取走。|转入××后取走。|card luhn valid bare",
            "流水号6222021602003571281。|流水号6222021602003571281。|card luhn invalid",
            "汇入账号1234567890123。|汇入账号××。|account labelled",
            // phones
            "被告李大成，联系电话15891356027。|被告李大成。|mobile",
            "其手机（13502964718）畅通。|其手机畅通。|mobile in brackets",
            "办公电话0431-88886666。|办公电话××。|landline",
            // plates
            "驾驶车牌号为冀G·5U327的轿车。|驾驶车牌号为××的轿车。|plate",
            "驾驶吉GY5307号摩托车。|驾驶××号摩托车。|plate without dot",
            "号牌鲁13-27615的货车。|号牌××的货车。|old plate",
            // addresses: the county stays (第11条), the rest goes
            "原告，住陕西省澄城县城关街道东环路民生小区3号楼2单元402室，公民身份号码610525199004162226。|原告，住陕西省澄城县。|address",
            "被告，户籍地河北省怀来县沙城镇东八里村四区17号。|被告，户籍地河北省怀来县。|address 户籍地",
            "后勒住谭晓燕脖子将其拖至路边。|后勒住谭晓燕脖子将其拖至路边。|勒住 is no address",
            // property certificates
            "房屋所有权证号为长房权字第123456号。|房屋所有权证号为××。|property certificate",
            // a card in groups of four, a payment account; a legal person's domicile stays (第11条)
            "转入6222 0216 0200 3571 280后取走。|转入××后取走。|card grouped",
            "其支付宝账号abc_123@163.com内。|其支付宝账号××内。|payment account",
            "原告长春华鑫商贸有限公司，住所地吉林省长春市南关区人民大街88号。|原告长春华鑫商贸有限公司，住所地吉林省长春市南关区人民大街88号。|organisation domicile kept",
            // Hong Kong identity card
            "被害人（香港身份证号码R492817(6)）报案。|被害人报案。|hk id"})
    void art10Deletions(String raw, String published, String what) {
        assertThat(anonymiser.anonymise(raw, AnonymisationPolicy.RULE_2016, List.of()).text()).isEqualTo(published);
    }

    @ParameterizedTest(name = "GB 11643: {0} → {1}")
    @CsvSource({"610525199004162226,true", "610525199004162227,false", "37142619860429051X,true",
            "37142619860429051x,true", "371426198604290510,false", "12345,false"})
    void residentIdCheckDigit(String id, boolean valid) {
        assertThat(CheckDigits.residentId(id)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "Luhn: {0} → {1}")
    @CsvSource({"6222021602003571280,true", "6222021602003571281,false", "6225683721456035,true", "4111111111111111,true",
            "4111111111111112,false"})
    void luhn(String card, boolean valid) {
        assertThat(CheckDigits.luhn(card)).isEqualTo(valid);
    }
}
