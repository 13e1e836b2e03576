package org.quanze.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content-Security-Policy and Referrer-Policy on every answer. Scripts come only from the platform itself (HTMX and
 * ECharts from webjars, quanze.js); a page's own inline script carries the request's nonce
 * ({@code th:nonce="${cspNonce}"}), so an injected script would not run even if escaping ever failed. Styles may be
 * inline (ECharts and HTMX set them); nothing may frame the platform.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentSecurityPolicy extends OncePerRequestFilter {

    static final String NONCE = "cspNonce";

    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
