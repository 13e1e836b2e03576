package org.quanze.casefile.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 案号 — a case number such as （2017）吉01民初770号; 《关于人民法院案件案号的若干规定》(法〔2015〕137号)
 * 第1–10条 as amended by 法〔2018〕335号: （收案年度）+ 法院代字 + [专门审判代字] + 类型代字 + 案件编号 + 号.
 *
 * <p>Input may use ASCII brackets because clerks type them; output always uses the full-width brackets
 * of the official form, so two spellings of one number are equal. 刑事复核 cases (8-digit random numbers,
 * 第10条) are not modelled: 刑核 is not a listed type.
 */
public final class CaseNumber {

    /** 1949: no people's court case predates the PRC; 2100: catches typos such as 20170. */
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2100;

    private static final Pattern OUTER = Pattern.compile("^（(\\d{4})）(.*)号$");
    private static final Pattern TYPE_AND_SEQUENCE = Pattern.compile("^(\\D*)(\\d*)$");

    private final int year;
    private final String courtCode;
    private final String specialTrialCode; // null when the number carries none
    private final CaseType type;
    private final int sequence;

    private CaseNumber(int year, String courtCode, String specialTrialCode, CaseType type, int sequence) {
        this.year = requireYear(year);
        this.courtCode = CourtCodes.require(courtCode);
        this.specialTrialCode = specialTrialCode == null ? null : SpecialTrialCodes.requireShape(specialTrialCode);
        this.type = Objects.requireNonNull(type, "type");
        this.sequence = requireSequence(sequence);
    }

    /** A case number in the 2015 format, without a special-trial code. */
    public static CaseNumber of(int year, String courtCode, CaseType type, int sequence) {
        return new CaseNumber(year, courtCode, null, type, sequence);
    }

    /** A case number in the 2018 format, e.g. of(2019, "最高法", "知", CIVIL_SECOND, 1). */
    public static CaseNumber of(int year, String courtCode, String specialTrialCode, CaseType type, int sequence) {
        return new CaseNumber(year, courtCode, Objects.requireNonNull(specialTrialCode, "specialTrialCode"), type, sequence);
    }

    /** Parses with the default special-trial codes {@link SpecialTrialCodes#DEFAULT}. */
    public static CaseNumber parse(String text) {
        return parse(text, SpecialTrialCodes.DEFAULT);
    }

    /**
     * Parses {@code text} left to right; refuses (422 casenumber.invalid) naming the offending part in the
     * field error. The type code is everything between the court (and special-trial) code and the digits,
     * matched exactly, so 行赔初 can never be read as 行初 or 行赔.
     */
    public static CaseNumber parse(String text, SpecialTrialCodes specialTrialCodes) {
        String s = text == null ? "" : text.strip().replace('(', '（').replace(')', '）');
        if (!s.endsWith("号")) {
            throw invalid("caseNumber", "案号应以“号”结尾", text);
        }
        Matcher m = OUTER.matcher(s);
        if (!m.matches()) {
            throw invalid("caseNumber", "案号格式应为（年度）法院代字类型代字编号号", text);
        }
        int year = requireYear(Integer.parseInt(m.group(1)));
        String court = CourtCodes.leading(m.group(2));
        Matcher tail = TYPE_AND_SEQUENCE.matcher(m.group(2).substring(court.length()));
        if (!tail.matches()) {
            throw invalid("caseNumber", "案号格式应为（年度）法院代字类型代字编号号", text);
        }
        String code = tail.group(1);
        String special = null;
        if (CaseType.find(code).isEmpty() && !code.isEmpty() && specialTrialCodes.contains(code.substring(0, 1))) {
            special = code.substring(0, 1);
            code = code.substring(1);
        }
        String typeCode = code;
        CaseType type = CaseType.find(typeCode)
                .orElseThrow(() -> invalid("caseType", "未知的类型代字：" + typeCode, text));
        return new CaseNumber(year, court, special, type, parseSequence(tail.group(2), text));
    }

    public int year() {
        return year;
    }

    public String courtCode() {
        return courtCode;
    }

    public Optional<String> specialTrialCode() {
        return Optional.ofNullable(specialTrialCode);
    }

    public CaseType type() {
        return type;
    }

    public int sequence() {
        return sequence;
    }

    /** The official form, e.g. （2017）吉01民初123号. */
    @Override
    public String toString() {
        return "（" + year + "）" + courtCode + (specialTrialCode == null ? "" : specialTrialCode)
                + type.code() + sequence + "号";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseNumber other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    private static int requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw invalid("year", "收案年度应在" + FIRST_YEAR + "至" + LAST_YEAR + "之间", year);
        }
        return year;
    }

    private static int requireSequence(int sequence) {
        if (sequence < 1) {
            throw invalid("sequence", "案件编号应为正整数（法〔2015〕137号 第10条按收案顺序编号）", sequence);
        }
        return sequence;
    }

    private static int parseSequence(String digits, String text) {
        if (digits.isEmpty() || digits.startsWith("0")) {
            throw invalid("sequence", "案件编号应为不以0开头的正整数", text);
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            throw invalid("sequence", "案件编号过大", text);
        }
    }

    private static RuntimeException invalid(String field, String reason, Object value) {
        return Refusals.invalid("casenumber.invalid", field, "案号无效：" + reason, value);
    }
}
