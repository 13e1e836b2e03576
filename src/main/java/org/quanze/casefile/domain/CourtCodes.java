package org.quanze.casefile.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 法院代字 rules; 《关于人民法院案件案号的若干规定》 第4条 (最高法, province abbreviation, 内/军/兵)
 * and 第5条 (+2 digits for an intermediate court, +4 for a basic court, e.g. 吉01, 吉0102, 吉71).
 */
final class CourtCodes {

    /** The 31 provincial abbreviations used by high courts (内 = 内蒙古) plus 军 and 兵 (第4条). */
    static final String HIGH_COURT_CODES = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新军兵";

    /** 最高人民法院 — 第4条; it has no subordinate digits. */
    static final String SUPREME_COURT = "最高法";

    /** Leading court code inside a case number: the high-court part and whatever digits follow it. */
    private static final Pattern LEADING = Pattern.compile("^(" + SUPREME_COURT + "|[" + HIGH_COURT_CODES + "])(\\d*)");

    private CourtCodes() {
    }

    /** Validates a whole court code such as 吉, 吉01, 吉0102, 最高法. */
    static String require(String courtCode) {
        String code = courtCode == null ? "" : courtCode.strip();
        Matcher m = LEADING.matcher(code);
        if (!m.find() || m.end() != code.length() || !validDigits(m)) {
            throw invalid(courtCode);
        }
        return code;
    }

    /** The court code at the start of {@code text}, or a refusal; the caller continues after it. */
    static String leading(String text) {
        Matcher m = LEADING.matcher(text);
        if (!m.find() || !validDigits(m)) {
            throw invalid(text);
        }
        return m.group();
    }

    static boolean isHighCourtCharacter(String ch) {
        return (ch.length() == 1 && HIGH_COURT_CODES.contains(ch)) || SUPREME_COURT.startsWith(ch);
    }

    // 0 digits = high court, 2 = intermediate, 4 = basic (第5条); the SPC code takes none.
    private static boolean validDigits(Matcher m) {
        int digits = m.group(2).length();
        return m.group(1).equals(SUPREME_COURT) ? digits == 0 : digits == 0 || digits == 2 || digits == 4;
    }

    private static RuntimeException invalid(String value) {
        return Refusals.invalid("casenumber.invalid", "courtCode",
                "案号无效：法院代字应为省级简称（或内、军、兵、最高法）后接0、2或4位数字（法〔2015〕137号 第4、5条）", value);
    }
}
