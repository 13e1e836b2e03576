package org.quanze.disclosure.domain;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * 姓氏 — the surnames that begin a Chinese personal name, and the 第9条 form of an anonymised name.
 *
 * <p>法释〔2016〕19号 第9条: a Han name keeps its surname and replaces the given name with 「某」 (张某; a compound
 * surname stays whole: 欧阳某); a minority-nationality name or the Chinese rendering of a foreign name keeps its
 * first character (吉克阿依 → 吉某, 凯文·沃尔什 → 凯某); an English name keeps its first letter (Kevin Walsh → K).
 */
final class Surnames {

    /** 复姓: compound surnames, kept whole. */
    static final Set<String> COMPOUND = java.util.Arrays.stream(("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 "
            + "轩辕 端木 西门 南宫 独孤 申屠 太史 万俟 钟离 闻人 赫连 澹台 公冶 宗政 濮阳 淳于 单于 太叔 仲孙 呼延 百里 "
            + "东郭 拓跋 第五 左丘 梁丘 公羊 谷梁 司空 司寇 巫马 乐正 壤驷 漆雕 颛孙 子车 亓官 羊舌 微生 公西 闾丘 "
            + "南门 东门 归海 段干 夹谷 宰父").split(" ")).collect(Collectors.toUnmodifiableSet());

    /** 单姓: the common single-character surnames (百家姓 and the national surname frequency lists). */
    private static final String SINGLE = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章"
            + "云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾"
            + "孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛"
            + "林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣"
            + "翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘"
            + "景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩"
            + "桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙"
            + "东殴殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公万俟闫占"
            + "代战兰佟付覃揭谌粟练冼植肖兀鄢原邝果初银买帅练麦区";

    private Surnames() {}

    /** The surname at the start of {@code name}: a compound surname, a single one, or empty if none is known. */
    static String surnameOf(String name) {
        if (name.length() >= 3 && COMPOUND.contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        if (!name.isEmpty() && SINGLE.indexOf(name.charAt(0)) >= 0) {
            return name.substring(0, 1);
        }
        return "";
    }

    static boolean startsWithSurname(String name) { return !surnameOf(name).isEmpty(); }

    /**
     * 第9条 base form of an anonymised name before collision numbering: 张某, 欧阳某; for minority and foreign names
     * (no known surname, or a 「·」 in the name) the first character and 某; for a Latin-letter name its first letter.
     */
    static String baseForm(String name) {
        if (name.isEmpty()) {
            return "某";
        }
        char first = name.charAt(0);
        if (first < 0x80 && Character.isLetter(first)) {
            return String.valueOf(Character.toUpperCase(first));
        }
        if (name.indexOf('·') < 0 && name.indexOf('•') < 0) {
            String surname = surnameOf(name);
            if (!surname.isEmpty()) {
                return surname + "某";
            }
        }
        return first + "某";
    }
}
