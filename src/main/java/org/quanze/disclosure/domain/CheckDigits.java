package org.quanze.disclosure.domain;

/** Check digits that tell a real number from a look-alike digit run. */
final class CheckDigits {

    private static final int[] GB11643_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String GB11643_CHECK = "10X98765432";

    private CheckDigits() {}

    /** GB 11643-1999 (ISO 7064 MOD 11-2): 17 digits and the check character of an 18-character resident ID. */
    static boolean residentId(String v) {
        if (v.length() != 18 || !v.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (v.charAt(i) - '0') * GB11643_WEIGHTS[i];
        }
        return Character.toUpperCase(v.charAt(17)) == GB11643_CHECK.charAt(sum % 11);
    }

    /** ISO/IEC 7812 Luhn check of a payment card number (银行卡号). */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
