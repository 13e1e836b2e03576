package org.quanze.casefile.domain;

import java.util.Arrays;
import java.util.Set;

/**
 * 专门审判代字 — the one-character code the 2018 amendment (法〔2018〕335号) inserts between the court code
 * and the type code, e.g. 知 in （2019）最高法知民终1号. The SPC sets the list and it is not published in
 * full, so the set is configuration; {@link #DEFAULT} is a starting point, not an authority.
 *
 * <p>A code may not be a province abbreviation nor the first character of any 类型代字: either clash
 * would make a case number ambiguous to read.
 */
public record SpecialTrialCodes(Set<String> codes) {

    /** 知 (知识产权), 海 (海事), 金 (金融), 环 (环境资源) — none clashes with a court or type code. */
    public static final SpecialTrialCodes DEFAULT = of("知", "海", "金", "环");

    /** No special-trial codes at all: the 2015 format only. */
    public static final SpecialTrialCodes NONE = of();

    public SpecialTrialCodes {
        codes.forEach(SpecialTrialCodes::requireShape);
        codes = Set.copyOf(codes);
    }

    public static SpecialTrialCodes of(String... codes) {
        return new SpecialTrialCodes(Set.copyOf(Arrays.asList(codes)));
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    /** Structural check shared by the configured set and by {@link CaseNumber#of}. */
    static String requireShape(String code) {
        boolean oneHanCharacter = code != null && code.length() == 1
                && Character.UnicodeScript.of(code.codePointAt(0)) == Character.UnicodeScript.HAN;
        if (!oneHanCharacter || CourtCodes.isHighCourtCharacter(code) || CaseType.isLeadingCharacter(code)) {
            throw Refusals.invalid("casenumber.invalid", "specialTrialCode",
                    "专门审判代字无效：应为一个汉字，且不得与法院代字或类型代字的首字相同（法〔2018〕335号）", code);
        }
        return code;
    }
}
