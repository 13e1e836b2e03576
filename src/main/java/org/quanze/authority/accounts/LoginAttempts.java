package org.quanze.authority.accounts;

import org.quanze.authority.Accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds Spring Security's login outcomes, with the address they came from, to the lock-out counter. */
@Component
class LoginAttempts {

    private final Accounts accounts;

    LoginAttempts(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(event.getAuthentication().getName(), source(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.loginSucceeded(event.getAuthentication().getName(), source(event.getAuthentication()));
    }

    /** The client's address as the server saw it (a proxy in front would need its forwarded header trusted). */
    static String source(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
