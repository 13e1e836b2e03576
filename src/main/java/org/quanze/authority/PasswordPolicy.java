package org.quanze.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quanze.shared.DomainException.FieldError;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not the account's name (nor containing it),
 * and not one of the passwords every guesser tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    /** The most common passwords of at least ten characters in public breach lists, and this platform's own words. */
    private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "0123456789", "1111111111",
            "0000000000", "1q2w3e4r5t", "qwertyuiop", "password12", "password123", "password1234", "iloveyou12",
            "abc1234567", "abcd123456", "a123456789", "qwerty1234", "1qaz2wsx3edc", "88888888888", "5201314520",
            "woaini1314", "admin12345", "admin123456", "administrator", "changeme123", "quanze123456", "fayuan12345");

    private PasswordPolicy() {}

    /** The reasons the password is refused (empty when it is acceptable), each naming the field {@code newPassword}. */
    public static List<FieldError> check(String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            errors.add(FieldError.of("newPassword", "密码至少 " + MIN_LENGTH + " 个字符"));
            return errors;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(FieldError.of("newPassword", "密码不得包含用户名"));
        }
        if (COMMON.contains(lower)) errors.add(FieldError.of("newPassword", "密码过于常见，容易被猜中"));
        return errors;
    }
}
