package org.quanze.authority.accounts;

import org.quanze.authority.Accounts;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Sign-in by name and password, where an unknown name, a wrong password and a name locked for this address answer
 * alike and take alike: the password is always checked with BCrypt (against a dummy hash for an unknown name, which
 * Spring's provider does), and the lock is looked at only after that check, answered as a wrong password.
 */
@Component
class ThrottledAuthentication extends DaoAuthenticationProvider {

    private final Accounts accounts;

    ThrottledAuthentication(Accounts accounts, PasswordEncoder encoder) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.accounts = accounts;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        super.additionalAuthenticationChecks(user, authentication);
        if (accounts.lockedOut(user.getUsername(), LoginAttempts.source(authentication))) {
            throw new BadCredentialsException(messages.getMessage(
                    "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
        }
    }
}
