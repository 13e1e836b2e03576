package org.quanze.casefile.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.quanze.shared.ResidentIdNumber;

/**
 * 公民身份号码 — an 18-character resident identity number; GB 11643-1999: 6-digit address code,
 * 8-digit birth date, 3-digit sequence, 1 check character (ISO 7064 MOD 11-2).
 *
 * <p>{@link #toString()} returns the masked form because 法释〔2016〕19号 第10条 requires 身份证号码 to be
 * removed from published judgments; a number that slips into a log or a document template must not leak.
 */
public record ResidentId(String value) {

    /** Characters {@link #masked()} leaves visible: the end of the sequence code and the check character. */
    public static final int SHOWN = 4;
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    /** GB 11643-1999 numbers were first issued to people alive in 1999; none was born before 1900. */
    private static final int FIRST_BIRTH_YEAR = 1900;

    /** Validates and normalises: surrounding blanks removed, lower-case x read as X. */
    public ResidentId {
        String v = value == null ? "" : value.strip().toUpperCase();
        if (!v.matches("\\d{17}[\\dX]")) {
            throw invalid("身份证号码应为18位：17位数字加1位数字或X");
        }
        birthDateOf(v);
        char expected = checkCharacter(v.substring(0, 17));
        if (v.charAt(17) != expected) {
            throw invalid("身份证号码校验码错误：第18位应为" + expected + "（GB 11643-1999）");
        }
        value = v;
    }

    public static ResidentId parse(String text) {
        return new ResidentId(text);
    }

    /** The ISO 7064 MOD 11-2 check character for the first 17 digits (one place: {@link ResidentIdNumber}). */
    static char checkCharacter(String first17) {
        return ResidentIdNumber.checkCharacter(first17);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /**
     * The form shown to court staff and stored beside the digest: only the last {@value #SHOWN} characters, enough
     * to tell two parties apart, the rest hidden: **************123X. 法释〔2016〕19号 第10条 deletes 身份证号码 from a
     * published judgment altogether, while 第11条 keeps a party's 出生日期 and 住所地所属县、区 — so a form that kept the
     * address code (6 digits) and the last four, ten digits in all, would give back the whole number beside a published
     * birth date. Nothing of the address code or the birth date may therefore remain.
     */
    public String masked() {
        return "*".repeat(value.length() - SHOWN) + value.substring(value.length() - SHOWN);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDateOf(String v) {
        try {
            LocalDate date = LocalDate.parse(v.substring(6, 14), BIRTH_DATE);
            if (date.getYear() < FIRST_BIRTH_YEAR) {
                throw invalid("身份证号码中的出生日期（第7–14位）无效");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw invalid("身份证号码中的出生日期（第7–14位）无效");
        }
    }

    private static RuntimeException invalid(String message) {
        // The refused number is not echoed in args: it may be a real person's identifier.
        return Refusals.invalid("residentid.invalid", "residentId", message);
    }
}
