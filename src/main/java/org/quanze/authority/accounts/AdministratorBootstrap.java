package org.quanze.authority.accounts;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.quanze.authority.Accounts;
import org.quanze.authority.PasswordPolicy;
import org.quanze.shared.DomainException.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the built-in administrator {@code admin} on first start, with {@code QUANZE_ADMIN_PASSWORD} or, without
 * it, a generated password printed once. A configured password must pass the same {@link PasswordPolicy} as any
 * other: the start is refused, with the reason, rather than an administrator left with a guessable password.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final Accounts accounts;
    private final String configured;

    AdministratorBootstrap(Accounts accounts, @Value("${quanze.admin.password:}") String configured) {
        this.accounts = accounts;
        this.configured = configured;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(Accounts.ADMIN)) return;
        String password = configured;
        if (password != null && !password.isBlank()) {
            List<FieldError> refused = PasswordPolicy.check(Accounts.ADMIN, password);
            if (!refused.isEmpty()) {
                throw new IllegalStateException("QUANZE_ADMIN_PASSWORD refused: "
                        + refused.stream().map(FieldError::reason).toList());
            }
        } else {
            byte[] bytes = new byte[9];
            new SecureRandom().nextBytes(bytes);
            password = HexFormat.of().formatHex(bytes);
            log.warn("\n\n    quanze administrator created: user 'admin', password '{}' (shown once; set QUANZE_ADMIN_PASSWORD to choose it)\n", password);
        }
        accounts.create(Accounts.ADMIN, null, password);
    }
}
