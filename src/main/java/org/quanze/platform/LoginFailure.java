package org.quanze.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page. An unknown name, a wrong password and a locked account get the same answer (nothing tells
 * which names exist); only a database out of reach says so, since trying again later then helps.
 */
class LoginFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath()
                + (DatabaseUnavailable.causedBy(exception) ? "/login?unavailable" : "/login?error"));
    }
}
