package org.quanze.disclosure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第10条 — the personal data a published judgment deletes: resident ID and other certificate numbers (GB 11643
 * check digit), phone numbers, bank cards (Luhn) and labelled accounts, vehicle plates, property certificate
 * numbers, detailed addresses below the county (the county stays, 第11条), and in family cases health details.
 *
 * <p>A number is deleted together with its label (「，公民身份号码…」, 「（手机号码…）」) so the sentence still reads;
 * a bare number in running text is replaced by 「×」 (第10条第2款: where deletion would make the text hard to
 * understand, 「×」 stands for part of it).
 */
final class PersonalData {

    static final String CROSS = "××";

    private static final String LABELS = "香港身份证号码|公民身份号码|居民身份证号码|身份证号码|身份证号|身份号码|护照号码|护照号"
            + "|联系电话|联系方式|手机号码|手机号|电话号码|移动电话|固定电话|电话|手机|银行卡号|银行账号|银行账户|账户|卡号|账号"
            + "|号牌号码|车牌号码|车牌号|号牌|号码为|号码|QQ号码|QQ号|微信号";
    private static final Pattern LABEL_BEFORE = Pattern.compile("(" + LABELS + ")[：:为是]?$");

    private static final Pattern EIGHTEEN = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern FIFTEEN = Pattern.compile("(?<![0-9])\\d{15}(?![0-9])");
    private static final Pattern DIGITS = Pattern.compile("(?<![0-9])\\d{12,19}(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0\\d{2,3}[-－]\\d{7,8}(?![0-9])");
    private static final Pattern HK_ID = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{1,2}\\d{6}[（(][0-9A][）)]");
    private static final Pattern PASSPORT = Pattern.compile("(?<=护照号码|护照号|护照号码：|护照号：)[A-Z0-9]{6,12}");
    private static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领]"
                    + "(?:[A-HJ-NP-Z][·•.\\s]?[A-HJ-NP-Z0-9]{4,5}[挂学警港澳]?|\\d{2}-\\d{5})(?![A-Za-z0-9])");
    private static final Pattern PROPERTY = Pattern.compile(
            "(?:房屋所有权证|房权证|房产证|不动产权证书|不动产权证|不动产权|土地使用权证|土地使用证|机动车登记证书|林权证)"
                    + "(?:号|编号|证号)?[：:为]?([\\u4e00-\\u9fa5]{0,8}?[（(]?\\d{0,4}[）)]?[\\u4e00-\\u9fa5]{0,6}?第?[A-Za-z0-9\\-]{4,}号?)");
    private static final Pattern ONLINE = Pattern.compile(
            "(?:QQ号码?|微信号|电子邮箱|邮箱|支付宝账号|支付宝账户|财付通账号)[：:为是]?([A-Za-z0-9_.@\\-]{5,40})");
    /** A card number written in groups of four (6222 0216 0200 3571 280). */
    private static final Pattern GROUPED_CARD = Pattern.compile("(?<![0-9])\\d{4}(?:[ -]\\d{4}){2,3}(?:[ -]\\d{1,3})?(?![0-9])");
    /** A legal person's or organisation's line: its 住所地 stays (第11条). */
    private static final Pattern ORGANISATION_LINE = Pattern.compile("公司|有限|厂|银行|合作社|医院|学校|委员会|中心|协会|事务所|局|院|所|政府|村民委员会");
    private static final Pattern ADDRESS_CUE = Pattern.compile(
            "(?:户籍所在地|户籍地|现住址|住址|住所地|经常居住地|居住地|暂住地|暂住处|现住|家住|住所|暂住|居住于|(?<=[，,。；;（(\\n]|^)住在|(?<=[，,。；;（(\\n]|^)住(?![院宿手房户址所]))[：:]?[（(]?");
    /** Province, prefecture and county: what 第11条 keeps of a natural person's address (住所地所属县、区). */
    private static final Pattern ADMIN_PREFIX = Pattern.compile(
            "^(?:[\\u4e00-\\u9fa5]{1,7}?(?:省|自治区))?(?:[\\u4e00-\\u9fa5]{1,7}?(?:市|自治州|州|盟|地区))?"
                    + "(?:[\\u4e00-\\u9fa5]{1,7}?(?<!小|社|园|厂|景|校|营|矿|片|街)(?:区|县|市|旗))?");
    private static final Pattern ADDRESS_DETAIL = Pattern.compile("\\d|号|室|村|组|路|街|巷|弄|栋|幢|楼|单元|社区|小区|镇|乡|屯|社");
    private static final Pattern HEALTH = Pattern.compile("患有[^，。；\\n]{1,40}");

    private PersonalData() {}

    /** Every 第10条 deletion in the text, outside the protected spans (case numbers), possibly overlapping. */
    static List<MaskSpan> find(String text, boolean family, List<int[]> protectedSpans) {
        List<MaskSpan> found = new ArrayList<>();
        Matcher m = EIGHTEEN.matcher(text);
        while (m.find()) {
            if (CheckDigits.residentId(m.group()) || labelled(text, m.start(), "身份|号码")) {
                found.add(number(text, m.start(), m.end(), SpanType.ID_NUMBER, "Art10(1) 身份证号码"));
            }
        }
        m = FIFTEEN.matcher(text);
        while (m.find()) {
            if (labelled(text, m.start(), "身份")) {
                found.add(number(text, m.start(), m.end(), SpanType.ID_NUMBER, "Art10(1) 身份证号码"));
            }
        }
        m = HK_ID.matcher(text);
        while (m.find()) {
            found.add(number(text, m.start(), m.end(), SpanType.ID_NUMBER, "Art10(1) 身份证件号码"));
        }
        m = PASSPORT.matcher(text);
        while (m.find()) {
            found.add(number(text, m.start(), m.end(), SpanType.ID_NUMBER, "Art10(1) 证件号码"));
        }
        m = DIGITS.matcher(text);
        while (m.find()) {
            boolean accountLabel = labelled(text, m.start(), "卡号|账号|账户|银行");
            boolean idLike = m.group().length() == 18 && CheckDigits.residentId(m.group());
            if (!idLike && (CheckDigits.luhn(m.group()) && m.group().length() >= 16 || accountLabel)) {
                found.add(number(text, m.start(), m.end(), SpanType.BANK_ACCOUNT, "Art10(1)(2) 银行账号"));
            }
        }
        for (Pattern phone : List.of(MOBILE, LANDLINE)) {
            m = phone.matcher(text);
            while (m.find()) {
                found.add(number(text, m.start(), m.end(), SpanType.PHONE, "Art10(1) 通讯方式"));
            }
        }
        m = PLATE.matcher(text);
        while (m.find()) {
            if (m.group().chars().skip(1).anyMatch(Character::isDigit)) {
                found.add(number(text, m.start(), m.end(), SpanType.PLATE, "Art10(1)(2) 车牌号码"));
            }
        }
        m = GROUPED_CARD.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (digits.length() >= 16 && CheckDigits.luhn(digits)) {
                found.add(number(text, m.start(), m.end(), SpanType.BANK_ACCOUNT, "Art10(1)(2) 银行账号"));
            }
        }
        m = PROPERTY.matcher(text);
        while (m.find()) {
            found.add(new MaskSpan(m.start(1), m.end(1), SpanType.PROPERTY_CERTIFICATE, CROSS,
                    "Art10(1)(2) 权属证书编号"));
        }
        m = ONLINE.matcher(text);
        while (m.find()) {
            found.add(new MaskSpan(m.start(1), m.end(1), SpanType.ONLINE_ACCOUNT, CROSS, "Art10(1) 通讯方式"));
        }
        addresses(text, found);
        if (family) {
            m = HEALTH.matcher(text);
            while (m.find()) {
                int end = m.end() < text.length() && text.charAt(m.end()) == '，' ? m.end() + 1 : m.end();
                found.add(new MaskSpan(m.start(), end, SpanType.HEALTH, "", "Art10(1)(4) 健康状况"));
            }
        }
        found.removeIf(s -> protectedSpans.stream().anyMatch(p -> s.overlaps(p[0], p[1])));
        return found;
    }

    /** 家庭住址: after a residence cue, the part of the address below the county is deleted. */
    private static void addresses(String text, List<MaskSpan> found) {
        Matcher cue = ADDRESS_CUE.matcher(text);
        while (cue.find()) {
            int lineStart = text.lastIndexOf('\n', cue.start()) + 1;
            if (cue.group().startsWith("住所地") && ORGANISATION_LINE.matcher(text.substring(lineStart, cue.start())).find()) {
                continue;
            }
            int start = cue.end();
            int end = start;
            while (end < text.length() && "，。；,;（）()\n、".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (end - start < 3 || end - start > 60) {
                continue;
            }
            String segment = text.substring(start, end);
            Matcher admin = ADMIN_PREFIX.matcher(segment);
            int keep = admin.lookingAt() ? admin.end() : 0;
            String detail = segment.substring(keep);
            boolean placeLike = keep > 0 || Pattern.compile("号|室|村|组|栋|幢|单元|街道|镇|乡").matcher(detail).find();
            if (detail.length() >= 2 && placeLike && ADDRESS_DETAIL.matcher(detail).find()) {
                found.add(new MaskSpan(start + keep, end, SpanType.ADDRESS, "", "Art10(1) 家庭住址"));
            }
        }
    }

    private static boolean labelled(String text, int at, String labelWords) {
        String before = text.substring(Math.max(0, at - 12), at);
        return Pattern.compile("(" + labelWords + ")[^，。；]{0,6}$").matcher(before).find();
    }

    /**
     * The span of a number with its label: 「（label? number）」 whole; 「，label number」; 「label number」; else
     * the bare number, replaced by 「×」.
     */
    private static MaskSpan number(String text, int start, int end, SpanType type, String rule) {
        Matcher label = LABEL_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
        int from = label.find() ? start - (label.end() - label.start()) : start;
        if (from > 0 && end < text.length() && "（(".indexOf(text.charAt(from - 1)) >= 0
                && "）)".indexOf(text.charAt(end)) >= 0) {
            return new MaskSpan(from - 1, end + 1, type, "", rule);
        }
        if (from < start && from > 0 && "，,、".indexOf(text.charAt(from - 1)) >= 0) {
            return new MaskSpan(from - 1, end, type, "", rule);
        }
        if (from < start && from > 0 && "（(".indexOf(text.charAt(from - 1)) >= 0 && end < text.length()
                && "，,".indexOf(text.charAt(end)) >= 0) {
            return new MaskSpan(from, end + 1, type, "", rule);
        }
        if (from < start) {
            return new MaskSpan(start, end, type, CROSS, rule);
        }
        return new MaskSpan(start, end, type, CROSS, rule);
    }
}
