package org.quanze.authority.accounts;

import org.quanze.authority.Accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds Spring Security's login outcomes to the lock-out counter. */
@Component
class LoginAttempts {

    private final Accounts accounts;

    LoginAttempts(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.loginSucceeded(event.getAuthentication().getName());
    }
}
