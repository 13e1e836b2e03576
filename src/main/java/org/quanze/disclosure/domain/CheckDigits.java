package org.quanze.disclosure.domain;

import org.quanze.shared.ResidentIdNumber;

/** Check digits that tell a real number from a look-alike digit run. */
final class CheckDigits {

    private CheckDigits() {}

    /** GB 11643-1999 check character of an 18-character resident ID (the check lives in {@link ResidentIdNumber}). */
    static boolean residentId(String v) {
        return ResidentIdNumber.hasValidCheckCharacter(v);
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
